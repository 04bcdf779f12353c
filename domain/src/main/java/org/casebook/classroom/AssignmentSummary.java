package org.casebook.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.casebook.brief.BriefSide;
import org.jspecify.annotations.Nullable;

/**
 * An assignment with its status: to whom (a student or a team, by name), the motion and side, when it is due, and
 * the brief started from it (null until started). {@code late} is also true for a brief submitted after its day.
 */
public record AssignmentSummary(
        long id,
        long classId,
        String className,
        long motionId,
        String motionText,
        BriefSide side,
        @Nullable Long studentId,
        @Nullable Long teamId,
        String assignee,
        LocalDate dueOn,
        String instructions,
        int round,
        AssignmentStatus status,
        boolean late,
        @Nullable Long briefId,
        @Nullable Instant submittedAt) {

    public AssignmentSummary {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(motionText, "motionText");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(status, "status");
    }
}
