package org.casebook.ingest.embedding;

import java.util.List;

/**
 * Turns texts into unit-length vectors, so a dot product is the cosine similarity. Implementations are loaded once,
 * shared, and thread-safe; {@link #embed} batches internally.
 */
public interface Embedder extends AutoCloseable {
    /** Identifies the model and its settings, stored with every result as provenance. */
    String modelId();

    int dimension();

    /** One vector per text, in the order given. */
    List<float[]> embed(List<String> texts);

    @Override
    void close();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
