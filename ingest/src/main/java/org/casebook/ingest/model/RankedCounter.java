package org.casebook.ingest.model;

/** A candidate rebuttal: index {@code index} of the collection searched, with its score in [0, 1]. */
public record RankedCounter(int index, double score) {
    public RankedCounter {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score " + score);
        }
    }
}
