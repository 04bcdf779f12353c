package org.casebook.ingest.model;

import java.util.Objects;

/**
 * A stored unit as the library-wide stages see it: where it is, its text and vector, its role and its stance
 * towards the motion at hand.
 */
public record MinedUnit(UnitRef ref, String text, float[] vector, Role role, Stance stance) {
    public MinedUnit {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stance, "stance");
    }
}
