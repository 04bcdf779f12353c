package org.casebook.ingest.model;

import java.util.List;
import java.util.Objects;

/** Units that say the same thing, under a short label taken from the most central of them. */
public record KeyPoint(String label, List<UnitRef> units) {
    public KeyPoint {
        Objects.requireNonNull(label, "label");
        units = List.copyOf(units);
        if (units.size() < 2) {
            throw new IllegalArgumentException("a key point groups at least two units");
        }
    }
}
