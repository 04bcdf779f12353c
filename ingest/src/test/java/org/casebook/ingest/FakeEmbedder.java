package org.casebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.ingest.embedding.Embedder;

/** A deterministic bag-of-words embedder for stage tests: hashed word counts, normalised. */
public final class FakeEmbedder implements Embedder {
    private static final int DIMENSION = 64;

    @Override
    public String modelId() {
        return "fake-bag-of-words";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String text : texts) {
            float[] v = new float[DIMENSION];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < DIMENSION; i++) {
                v[i] = (float) (v[i] / Math.max(1e-9, Math.sqrt(norm)));
            }
            out.add(v);
        }
        return out;
    }

    @Override
    public void close() {}
}
