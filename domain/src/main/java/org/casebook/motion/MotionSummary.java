package org.casebook.motion;

import java.time.Instant;
import java.util.Objects;

/** A motion as the rest of the application sees it. */
public record MotionSummary(long id, String text, boolean archived, Instant createdAt) {
    public MotionSummary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
