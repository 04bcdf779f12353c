package org.casebook.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article for reading: its metadata (null when unknown), its text, its units in text order (every span a
 * half-open range into {@code body}) and the provenance of the analysis.
 */
public record ArticleDetails(
        long id,
        String heading,
        @Nullable String title,
        @Nullable String author,
        @Nullable String publication,
        @Nullable LocalDate published,
        String location,
        String body,
        List<UnitDetails> units,
        String pipelineVersion,
        String modelId) {

    public ArticleDetails {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
        units = List.copyOf(units);
        for (UnitDetails unit : units) {
            if (unit.end() > body.length()) {
                throw new IllegalArgumentException("unit " + unit.id() + " ends outside the text");
            }
        }
    }
}
