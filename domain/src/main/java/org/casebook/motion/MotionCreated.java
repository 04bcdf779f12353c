package org.casebook.motion;

import java.util.Objects;

/**
 * A motion was created. Published inside the creating transaction, so a synchronous listener's work commits or
 * rolls back with the motion.
 */
public record MotionCreated(long motionId, String text) {
    public MotionCreated {
        Objects.requireNonNull(text, "text");
    }
}
