package org.casebook.ingest.model;

import java.util.Objects;

/** The stance of unit {@code unit} towards one motion, with a confidence in [0, 1]. */
public record StanceLabel(int unit, Stance stance, double confidence) {
    public StanceLabel {
        Objects.requireNonNull(stance, "stance");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
    }
}
