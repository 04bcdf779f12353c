package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.RankedCounter;
import tools.jackson.databind.JsonNode;

/** Counterargument retrieval (ArguAna): nDCG@10 with every point a query, its own entry excluded. */
final class CounterEvaluation {
    private CounterEvaluation() {}

    /** Vectors of the corpus, kept between runs in a file named by the environment's CASEBOOK_VECTOR_CACHE. */
    private static List<float[]> cachedVectors(IngestPipeline pipeline, List<String> texts) throws IOException {
        String cache = System.getenv("CASEBOOK_VECTOR_CACHE");
        Path file = cache == null ? null : Path.of(cache + "-" + Integer.toHexString((pipeline.modelId() + texts).hashCode()) + ".bin");
        if (file != null && java.nio.file.Files.exists(file)) {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
                int n = in.readInt();
                int d = in.readInt();
                List<float[]> vectors = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    float[] v = new float[d];
                    for (int k = 0; k < d; k++) {
                        v[k] = in.readFloat();
                    }
                    vectors.add(v);
                }
                return vectors;
            }
        }
        List<float[]> vectors = pipeline.embed(texts);
        if (file != null) {
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
                out.writeInt(vectors.size());
                out.writeInt(vectors.getFirst().length);
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
        }
        return vectors;
    }

    static void arguana(IngestPipeline pipeline, Path dir, int limit, PrintStream out) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(dir.resolve("corpus.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = JsonShapes.LINES.readTree(line);
                ids.add(node.get("id").asString());
                texts.add(node.get("text").asString());
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        Map<String, String> relevant = new HashMap<>();
        for (String[] row : EvalCommand.readTsv(dir.resolve("qrels.tsv"))) {
            if (!row[0].equals("query-id") && position.containsKey(row[0]) && position.containsKey(row[1])) {
                relevant.put(row[0], row[1]);
            }
        }
        List<String> queries = relevant.keySet().stream().sorted().limit(limit).toList();
        List<Integer> self = queries.stream().map(position::get).toList();
        List<float[]> vectors = cachedVectors(pipeline, texts);
        List<List<RankedCounter>> ranked = new org.casebook.ingest.counter.CounterRetriever().rank(
                texts, vectors, queries.stream().map(q -> texts.get(position.get(q))).toList(),
                self.stream().map(vectors::get).toList(), self, 10);
        double sum = 0;
        int first = 0;
        for (int q = 0; q < queries.size(); q++) {
            int target = position.get(relevant.get(queries.get(q)));
            List<RankedCounter> hits = ranked.get(q);
            for (int r = 0; r < hits.size(); r++) {
                if (hits.get(r).index() == target) {
                    sum += 1 / (Math.log(r + 2) / Math.log(2));
                    first += r == 0 ? 1 : 0;
                }
            }
        }
        out.printf("ArguAna (%d queries, %d entries): nDCG@10 %.3f; counter ranked first %.3f%n",
                queries.size(), texts.size(), sum / queries.size(), first / (double) queries.size());
    }
}
