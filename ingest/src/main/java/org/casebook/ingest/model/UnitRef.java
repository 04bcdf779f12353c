package org.casebook.ingest.model;

/** Unit {@code unit} of article {@code article} (both indices into the caller's lists). */
public record UnitRef(int article, int unit) {
    public UnitRef {
        if (article < 0 || unit < 0) {
            throw new IllegalArgumentException("negative index in " + article + "/" + unit);
        }
    }
}
