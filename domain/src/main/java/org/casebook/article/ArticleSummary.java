package org.casebook.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the library: {@code heading} is the title when the source gives one, else the text's first words;
 * {@code publication} and {@code published} are null when unknown.
 */
public record ArticleSummary(
        long id,
        String heading,
        @Nullable String publication,
        @Nullable LocalDate published,
        int unitCount,
        String location,
        Instant importedAt) {

    public ArticleSummary {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
