package org.casebook.article;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit of an article: its span [start, end) in the article's body, role, speaker (null when the words are the
 * author's own), confidence, the unit it supports (null if none) and its stance towards each motion;
 * {@code humanEdited} when a person corrected it, {@code humanMade} when a person marked it in the text.
 */
public record UnitDetails(
        long id,
        int start,
        int end,
        UnitRole role,
        String text,
        @Nullable String speakerName,
        @Nullable String speakerDescription,
        double confidence,
        @Nullable Long supportsId,
        List<StanceDetails> stances,
        boolean humanEdited,
        boolean humanMade) {

    /** A unit as the pipeline found it, corrected by nobody. */
    public UnitDetails(long id, int start, int end, UnitRole role, String text, @Nullable String speakerName,
            @Nullable String speakerDescription, double confidence, @Nullable Long supportsId,
            List<StanceDetails> stances) {
        this(id, start, end, role, text, speakerName, speakerDescription, confidence, supportsId, stances, false,
                false);
    }

    /** A unit the pipeline found, corrected by a person or not. */
    public UnitDetails(long id, int start, int end, UnitRole role, String text, @Nullable String speakerName,
            @Nullable String speakerDescription, double confidence, @Nullable Long supportsId,
            List<StanceDetails> stances, boolean humanEdited) {
        this(id, start, end, role, text, speakerName, speakerDescription, confidence, supportsId, stances,
                humanEdited, false);
    }

    public UnitDetails {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [%d, %d)".formatted(start, end));
        }
        stances = List.copyOf(stances);
    }

    /** The stance towards one motion; {@code correctedByPerson} marks a person's verdict. */
    public record StanceDetails(long motionId, Side side, double confidence, boolean correctedByPerson) {
        public StanceDetails {
            Objects.requireNonNull(side, "side");
        }
    }
}
