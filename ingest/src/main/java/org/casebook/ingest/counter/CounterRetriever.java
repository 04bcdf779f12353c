package org.casebook.ingest.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.RankedCounter;

/** Ranks a collection's entries as rebuttals of each query. Stateless and thread-safe. */
public final class CounterRetriever {

    public List<List<RankedCounter>> rank(List<String> corpus, List<float[]> corpusVectors, List<String> queries,
            List<float[]> queryVectors, List<Integer> self, int top) {
        List<List<RankedCounter>> out = new ArrayList<>();
        for (int q = 0; q < queryVectors.size(); q++) {
            float[] query = queryVectors.get(q);
            PriorityQueue<RankedCounter> best = new PriorityQueue<>(
                    (a, b) -> Double.compare(a.score(), b.score()));
            for (int c = 0; c < corpusVectors.size(); c++) {
                if (c == self.get(q)) {
                    continue;
                }
                double score = (Embedder.cosine(query, corpusVectors.get(c)) + 1) / 2;
                best.add(new RankedCounter(c, Math.clamp(score, 0, 1)));
                if (best.size() > top) {
                    best.poll();
                }
            }
            List<RankedCounter> ranked = new ArrayList<>(best);
            ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
            out.add(ranked);
        }
        return out;
    }
}
