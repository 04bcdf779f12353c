package org.casebook.ingest.stance;

import java.util.Objects;

/** A motion as the user wrote it. */
public record Motion(String text) {
    public Motion {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the motion is empty");
        }
    }

    public static Motion parse(String text) {
        return new Motion(text.strip());
    }
}
