package org.casebook.ingest.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an article besides its text. Every field is {@code null} when the source does not say it:
 * nothing is guessed.
 */
public record ArticleMetadata(
        @Nullable String title, @Nullable String author, @Nullable String publication, @Nullable LocalDate published) {

    public static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null, null);
    }

    public ArticleMetadata {
        title = blankToNull(title);
        author = blankToNull(author);
        publication = blankToNull(publication);
    }

    /** This metadata with each unknown field taken from {@code other}. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(
                title != null ? title : other.title,
                author != null ? author : other.author,
                publication != null ? publication : other.publication,
                published != null ? published : other.published);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
