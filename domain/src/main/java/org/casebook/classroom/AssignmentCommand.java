package org.casebook.classroom;

import java.time.LocalDate;
import java.util.Objects;
import org.casebook.brief.BriefSide;
import org.jspecify.annotations.Nullable;

/** A new assignment: a motion and a side (BOTH for rebuttal practice) for one student or one team. */
public record AssignmentCommand(
        long classId,
        long motionId,
        BriefSide side,
        @Nullable Long studentId,
        @Nullable Long teamId,
        LocalDate dueOn,
        String instructions) {

    public AssignmentCommand {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(instructions, "instructions");
    }
}
