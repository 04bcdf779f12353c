package org.casebook.ingest.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.RankedCounter;

/**
 * Ranks a collection's entries as rebuttals of each query. A rebuttal answers the point itself, not just the topic,
 * so plain cosine similarity is corrected for hubness (cross-domain similarity local scaling, Conneau et al. 2018):
 * an entry close to everything near it gains less than one close to the query alone. Stateless and thread-safe;
 * the neighbourhood pass runs in parallel.
 */
public final class CounterRetriever {
    private static final int NEIGHBOURS = 3;

    public List<List<RankedCounter>> rank(List<String> corpus, List<float[]> corpusVectors, List<String> queries,
            List<float[]> queryVectors, List<Integer> self, int top) {
        double[] corpusDensity = density(corpusVectors, corpusVectors);
        double[] queryDensity = density(queryVectors, corpusVectors);
        return IntStream.range(0, queryVectors.size()).parallel()
                .mapToObj(q -> best(queryVectors.get(q), queryDensity[q], corpusVectors, corpusDensity, self.get(q), top))
                .toList();
    }

    private static List<RankedCounter> best(float[] query, double queryDensity, List<float[]> corpus,
            double[] corpusDensity, int self, int top) {
        PriorityQueue<RankedCounter> best = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        for (int c = 0; c < corpus.size(); c++) {
            if (c == self) {
                continue;
            }
            double csls = 2 * Embedder.cosine(query, corpus.get(c)) - corpusDensity[c] - queryDensity;
            best.add(new RankedCounter(c, Math.clamp((csls + 1) / 2, 0, 1)));
            if (best.size() > top) {
                best.poll();
            }
        }
        List<RankedCounter> ranked = new ArrayList<>(best);
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    /** For each vector, the mean similarity to its nearest neighbours in {@code space} (itself excluded). */
    private static double[] density(List<float[]> vectors, List<float[]> space) {
        double[] density = new double[vectors.size()];
        IntStream.range(0, vectors.size()).parallel().forEach(i -> {
            PriorityQueue<Double> nearest = new PriorityQueue<>();
            for (float[] other : space) {
                if (other == vectors.get(i)) {
                    continue;
                }
                nearest.add(Embedder.cosine(vectors.get(i), other));
                if (nearest.size() > NEIGHBOURS) {
                    nearest.poll();
                }
            }
            density[i] = nearest.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        });
        return density;
    }
}
