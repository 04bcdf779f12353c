package org.casebook.article;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of importing one input. {@code articleId} is set for {@link Status#IMPORTED} (the new article) and
 * {@link Status#DUPLICATE} (the article already holding the same bytes), unless that article was deleted since;
 * {@code message} says what happened in words a user can read.
 */
public record ImportResult(Status status, String location, @Nullable Long articleId, String message) {
    public enum Status {
        IMPORTED,
        DUPLICATE,
        FAILED
    }

    public ImportResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    static ImportResult imported(String location, long articleId, int units) {
        return new ImportResult(Status.IMPORTED, location, articleId, "imported with " + units + (units == 1 ? " unit" : " units"));
    }

    static ImportResult duplicate(String location, @Nullable Long articleId) {
        return new ImportResult(Status.DUPLICATE, location, articleId, "already in the library");
    }

    static ImportResult failed(String location, String message) {
        return new ImportResult(Status.FAILED, location, null, message);
    }
}
