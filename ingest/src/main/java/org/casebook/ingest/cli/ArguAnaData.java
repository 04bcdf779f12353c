package org.casebook.ingest.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ingest.IngestPipeline;
import tools.jackson.databind.JsonNode;

/**
 * ArguAna in BEIR's layout ({@code corpus.jsonl}, {@code qrels.tsv}): the passages, and each point (a query) with
 * the index of its counter. Queries are in id order, at most {@code limit}.
 */
record ArguAnaData(List<String> ids, List<String> texts, List<Integer> queries, List<Integer> counters) {

    static ArguAnaData read(Path dir, int limit) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
            number++;
            if (!line.isBlank()) {
                JsonNode node;
                try {
                    node = JsonShapes.LINES.readTree(line);
                } catch (RuntimeException e) {
                    throw new IOException("corpus.jsonl line " + number + " is not JSON");
                }
                if (node == null || !node.hasNonNull("id") || !node.hasNonNull("text")) {
                    throw new IOException("corpus.jsonl line " + number + " has no \"id\" and \"text\"");
                }
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
        List<String> asked = relevant.keySet().stream().sorted().limit(limit).toList();
        return new ArguAnaData(ids, texts, asked.stream().map(position::get).toList(),
                asked.stream().map(q -> position.get(relevant.get(q))).toList());
    }

    /** The passages' vectors, kept between runs in a file named by the environment's CASEBOOK_VECTOR_CACHE. */
    List<float[]> vectors(IngestPipeline pipeline) throws IOException {
        String cache = System.getenv("CASEBOOK_VECTOR_CACHE");
        Path file = cache == null ? null
                : Path.of(cache + "-" + Integer.toHexString((pipeline.modelId() + texts).hashCode()) + ".bin");
        if (file != null && Files.exists(file)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
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
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
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

    /**
     * Each query's debate, as a fold number in [0, folds): a debate is what an id names before its last dash, and
     * debates that share a passage word for word (idebate files some debates under two themes) are one.
     */
    int[] foldOfQueries(int folds) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> debateOfText = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String debate = debate(i);
            String earlier = debateOfText.putIfAbsent(texts.get(i), debate);
            if (earlier != null) {
                String a = root(parent, earlier);
                String b = root(parent, debate);
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }
        Map<String, Integer> groupNumber = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groupNumber.putIfAbsent(root(parent, debate(i)), groupNumber.size());
        }
        int[] fold = new int[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            fold[q] = groupNumber.get(root(parent, debate(queries.get(q)))) % folds;
        }
        return fold;
    }

    private String debate(int entry) {
        String id = ids.get(entry);
        return id.substring(0, Math.max(0, id.lastIndexOf('-')));
    }

    private static String root(Map<String, String> parent, String node) {
        String at = node;
        while (parent.containsKey(at)) {
            at = parent.get(at);
        }
        return at;
    }
}
