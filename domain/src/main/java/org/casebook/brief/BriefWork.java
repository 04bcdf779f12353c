package org.casebook.brief;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the caller may do with a brief they can see: edit it (its owner or team, unless submitted), submit it (an
 * assignment's brief), review it (comment and return: the teacher of the assignment's class). {@code teamName} is
 * the team the assignment went to (null for one person).
 */
public record BriefWork(
        long briefId,
        BriefStatus status,
        @Nullable Long assignmentId,
        @Nullable String teamName,
        boolean canEdit,
        boolean canSubmit,
        boolean canReview) {

    public BriefWork {
        Objects.requireNonNull(status, "status");
    }
}
