package org.casebook.ingest;

import org.casebook.ingest.segment.Segmenter;

/**
 * Sentences of a short text as the pipeline splits articles ("Mr. Trump", "Kamala D. Harris" and "U.S. aid" do not
 * end one), without loading the model. Stateless and thread-safe.
 */
public final class Sentences {
    private static final Segmenter SEGMENTER = new Segmenter();

    private Sentences() {}

    /** The text's first sentence, trimmed; the whole text, trimmed, when it has one sentence or none. */
    public static String first(String text) {
        return SEGMENTER.first(text);
    }
}
