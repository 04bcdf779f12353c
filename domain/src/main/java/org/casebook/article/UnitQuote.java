package org.casebook.article;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit as a card is cut from it: its words, with the words just before and after it in the same paragraph when
 * the unit alone is short ({@code before} and {@code after} may be empty; {@code before + text + after} is a
 * contiguous piece of the article), who speaks it, and the article's metadata (null when unknown).
 */
public record UnitQuote(
        long unitId,
        long articleId,
        String articleHeading,
        String before,
        String text,
        String after,
        @Nullable String speakerName,
        @Nullable String speakerDescription,
        @Nullable String author,
        @Nullable String publication,
        @Nullable LocalDate published,
        String location) {

    public UnitQuote {
        Objects.requireNonNull(articleHeading, "articleHeading");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(location, "location");
    }
}
