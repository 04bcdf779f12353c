package org.casebook.ingest.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim or piece of evidence found in an article: one sentence or a few adjacent ones ({@code segments}, the
 * indices of the segments it covers, in order), with the span they cover, who speaks it, and the index of the unit
 * it supports (the claim a piece of evidence is for, or the claim before it that a claim gives a reason for).
 */
public record DetectedUnit(
        int index,
        TextSpan span,
        List<Integer> segments,
        Role role,
        double confidence,
        @Nullable Speaker speaker,
        @Nullable Integer supports) {

    public DetectedUnit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(role, "role");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("unit " + index + " covers no segment");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
        if (supports != null && supports == index) {
            throw new IllegalArgumentException("unit " + index + " supports itself");
        }
    }

    public DetectedUnit withSupports(@Nullable Integer target) {
        return new DetectedUnit(index, span, segments, role, confidence, speaker, target);
    }
}
