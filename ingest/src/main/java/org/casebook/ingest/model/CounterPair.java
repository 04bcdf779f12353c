package org.casebook.ingest.model;

import java.util.Objects;

/**
 * {@code counter} rebuts {@code unit}. Both are unit references, so pairs may cross articles. {@code basis} says
 * whether the text itself marks the rebuttal or it was found by meaning.
 */
public record CounterPair(UnitRef unit, UnitRef counter, double score, Basis basis) {
    public enum Basis { EXPLICIT, SEMANTIC }

    public CounterPair {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(basis, "basis");
        if (unit.equals(counter)) {
            throw new IllegalArgumentException("a unit cannot rebut itself: " + unit);
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score " + score);
        }
    }
}
