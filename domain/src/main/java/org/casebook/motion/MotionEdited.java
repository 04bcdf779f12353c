package org.casebook.motion;

import java.util.Objects;

/** A motion's text changed; published inside the editing transaction, like {@link MotionCreated}. */
public record MotionEdited(long motionId, String text) {
    public MotionEdited {
        Objects.requireNonNull(text, "text");
    }
}
