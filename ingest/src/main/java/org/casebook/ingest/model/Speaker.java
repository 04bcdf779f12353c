package org.casebook.ingest.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whose words a unit reports: a person or outlet, and how the text describes them ({@code null} when it does not).
 * A unit in the article author's own voice has no speaker.
 */
public record Speaker(String name, @Nullable String description) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank speaker name");
        }
    }
}
