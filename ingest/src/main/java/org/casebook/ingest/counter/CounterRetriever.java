package org.casebook.ingest.counter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.RankedCounter;

/**
 * Ranks a collection's entries as rebuttals of each query. The query's vector is first moved to where rebuttals of
 * it tend to lie ({@link CounterMap}); then, since a rebuttal answers the point itself, not just the topic, the
 * similarity is corrected for hubness (cross-domain similarity local scaling, Conneau et al. 2018): an entry close
 * to everything near it gains less than one close to the query alone. An entry with the query's own text is never
 * its rebuttal, and an entry's copies (the same text twice in a collection) are not its neighbours. Equal scores
 * keep the collection's order. Stateless and thread-safe; the passes run in parallel.
 */
public final class CounterRetriever {
    /** Neighbours whose mean similarity measures a hub; 3 was best on ArguAna (3, 5, 10 compared). */
    private static final int NEIGHBOURS = 3;
    /** Worst first: the lower score, or at equal scores the later entry. */
    private static final Comparator<RankedCounter> WORST_FIRST = Comparator.comparingDouble(RankedCounter::score)
            .thenComparing(Comparator.comparingInt(RankedCounter::index).reversed());

    private final CounterMap map;

    public CounterRetriever() {
        this(CounterMap.identity());
    }

    public CounterRetriever(CounterMap map) {
        this.map = map;
    }

    public List<List<RankedCounter>> rank(List<String> corpus, List<float[]> corpusVectors, List<String> queries,
            List<float[]> queryVectors, List<Integer> self, int top) {
        Map<String, Integer> firstWithText = new HashMap<>();
        int[] copyOf = new int[corpus.size()];
        for (int c = 0; c < corpus.size(); c++) {
            copyOf[c] = firstWithText.computeIfAbsent(key(corpus.get(c)), k -> firstWithText.size());
        }
        List<float[]> mapped = corpusVectors.parallelStream().map(map::apply).toList();
        double[] density = candidateDensity(mapped, corpusVectors, copyOf);
        return IntStream.range(0, queryVectors.size()).parallel().mapToObj(q -> {
            int own = firstWithText.getOrDefault(key(queries.get(q)), -1);
            int s = self.get(q);
            float[] query = s >= 0 && own == copyOf[s] ? mapped.get(s) : map.apply(queryVectors.get(q));
            return best(query, corpusVectors, density, copyOf, own, s, top);
        }).toList();
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<RankedCounter> best(float[] query, List<float[]> corpus, double[] density, int[] copyOf,
            int own, int self, int top) {
        double[] similarity = new double[corpus.size()];
        PriorityQueue<Double> nearest = new PriorityQueue<>();
        for (int c = 0; c < corpus.size(); c++) {
            if (c == self || copyOf[c] == own) {
                similarity[c] = Double.NaN;
                continue;
            }
            similarity[c] = Embedder.cosine(query, corpus.get(c));
            nearest.add(similarity[c]);
            if (nearest.size() > NEIGHBOURS) {
                nearest.poll();
            }
        }
        double queryDensity = nearest.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        PriorityQueue<RankedCounter> best = new PriorityQueue<>(WORST_FIRST);
        for (int c = 0; c < corpus.size(); c++) {
            if (Double.isNaN(similarity[c])) {
                continue;
            }
            double csls = 2 * similarity[c] - density[c] - queryDensity;
            best.add(new RankedCounter(c, Math.clamp((csls + 1) / 2, 0, 1)));
            if (best.size() > top) {
                best.poll();
            }
        }
        List<RankedCounter> ranked = new ArrayList<>(best);
        ranked.sort(WORST_FIRST.reversed());
        return ranked;
    }

    /**
     * For each entry as a candidate, the mean similarity of its nearest neighbours as seen from the other entries'
     * mapped vectors (its own copies excluded): how much of a hub it is.
     */
    private static double[] candidateDensity(List<float[]> mapped, List<float[]> vectors, int[] copyOf) {
        double[] density = new double[vectors.size()];
        IntStream.range(0, vectors.size()).parallel().forEach(c -> {
            PriorityQueue<Double> nearest = new PriorityQueue<>();
            for (int x = 0; x < mapped.size(); x++) {
                if (copyOf[x] == copyOf[c]) {
                    continue;
                }
                nearest.add(Embedder.cosine(mapped.get(x), vectors.get(c)));
                if (nearest.size() > NEIGHBOURS) {
                    nearest.poll();
                }
            }
            density[c] = nearest.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        });
        return density;
    }
}
