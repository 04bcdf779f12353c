package org.casebook.classroom;

/**
 * Where an assignment stands: no brief yet, a brief being built, submitted, past its due date and not submitted
 * (late), or returned by the teacher with comments (being built again).
 */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    LATE,
    RETURNED
}
