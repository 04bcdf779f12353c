package org.casebook.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.counter.CounterMap;
import org.casebook.ingest.counter.CounterRetriever;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.RankedCounter;

/**
 * Counterargument retrieval (ArguAna): nDCG@10 with every point a query, its own entry excluded; with the shipped
 * map (fitted on these very pairs), with maps fitted on the other debates only (the figure for unseen debates),
 * without a map, and by plain cosine similarity.
 */
final class CounterEvaluation {
    /** Folds of debates for the held-out figure. */
    static final int FOLDS = 5;

    private CounterEvaluation() {}

    static void arguana(IngestPipeline pipeline, Path dir, int limit, PrintStream out) throws IOException {
        ArguAnaData data = ArguAnaData.read(dir, limit);
        List<float[]> vectors = data.vectors(pipeline);
        int all = data.queries().size();
        List<Integer> everyQuery = IntStream.range(0, all).boxed().toList();
        CounterMap shipped = CounterMap.shipped(pipeline.modelId(), vectors.getFirst().length);
        double[] gain = gains(data, vectors, new CounterRetriever(shipped), everyQuery);
        out.printf("ArguAna (%d queries, %d entries): nDCG@10 %.3f; counter ranked first %.3f%s%n", all,
                data.texts().size(), mean(gain), first(gain),
                shipped.isIdentity() ? " (no map for this model)" : " (the shipped map, fitted on these pairs)");
        int[] fold = data.foldOfQueries(FOLDS);
        double[] heldOut = new double[all];
        for (int f = 0; f < FOLDS; f++) {
            List<float[]> points = new ArrayList<>();
            List<float[]> counters = new ArrayList<>();
            List<Integer> tested = new ArrayList<>();
            for (int q = 0; q < all; q++) {
                if (fold[q] == f) {
                    tested.add(q);
                } else {
                    points.add(vectors.get(data.queries().get(q)));
                    counters.add(vectors.get(data.counters().get(q)));
                }
            }
            CounterMap map = points.isEmpty() ? CounterMap.identity()
                    : CounterMap.fit(pipeline.modelId(), points, counters, CounterMap.RIDGE);
            double[] foldGain = gains(data, vectors, new CounterRetriever(map), tested);
            for (int t = 0; t < tested.size(); t++) {
                heldOut[tested.get(t)] = foldGain[t];
            }
        }
        out.printf("  map fitted on the other debates (%d folds by debate): nDCG@10 %.3f; counter ranked first %.3f%n",
                FOLDS, mean(heldOut), first(heldOut));
        double[] bare = gains(data, vectors, new CounterRetriever(), everyQuery);
        out.printf("  without a map (local scaling only): nDCG@10 %.3f; plain cosine similarity: nDCG@10 %.3f%n",
                mean(bare), mean(cosineGains(data, vectors)));
    }

    /** Each asked query's gain 1/log2(rank + 2) when its counter is among the top 10, else 0. */
    private static double[] gains(ArguAnaData data, List<float[]> vectors, CounterRetriever retriever,
            List<Integer> asked) {
        List<Integer> self = asked.stream().map(data.queries()::get).toList();
        List<List<RankedCounter>> ranked = retriever.rank(data.texts(), vectors,
                self.stream().map(data.texts()::get).toList(), self.stream().map(vectors::get).toList(), self, 10);
        double[] gain = new double[asked.size()];
        for (int q = 0; q < asked.size(); q++) {
            int target = data.counters().get(asked.get(q));
            List<RankedCounter> hits = ranked.get(q);
            for (int r = 0; r < hits.size(); r++) {
                if (hits.get(r).index() == target) {
                    gain[q] = 1 / (Math.log(r + 2) / Math.log(2));
                }
            }
        }
        return gain;
    }

    /** The same by cosine similarity alone (the query's own entry excluded; equal scores in the corpus's order). */
    private static double[] cosineGains(ArguAnaData data, List<float[]> vectors) {
        double[] gain = new double[data.queries().size()];
        IntStream.range(0, gain.length).parallel().forEach(q -> {
            float[] query = vectors.get(data.queries().get(q));
            int target = data.counters().get(q);
            double best = Embedder.cosine(query, vectors.get(target));
            int rank = 0;
            for (int c = 0; c < vectors.size(); c++) {
                double s = Embedder.cosine(query, vectors.get(c));
                if (c != data.queries().get(q) && c != target && (s > best || s == best && c < target)) {
                    rank++;
                }
            }
            gain[q] = rank < 10 ? 1 / (Math.log(rank + 2) / Math.log(2)) : 0;
        });
        return gain;
    }

    private static double mean(double[] gain) {
        return Arrays.stream(gain).average().orElse(0);
    }

    private static double first(double[] gain) {
        return Arrays.stream(gain).filter(g -> g == 1).count() / (double) gain.length;
    }
}
