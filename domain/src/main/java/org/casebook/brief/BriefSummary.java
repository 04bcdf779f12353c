package org.casebook.brief;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One line of the list of briefs. */
public record BriefSummary(
        long id,
        String title,
        @Nullable Long motionId,
        @Nullable String motionText,
        BriefSide side,
        int entryCount,
        long version,
        Instant updatedAt) {

    public BriefSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
