package org.casebook.brief;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A teacher's comment on a brief's card ({@code entryId}) or on the whole brief (null). */
public record BriefComment(long id, @Nullable Long entryId, String author, String text, Instant createdAt) {
    public BriefComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
