package org.casebook.classroom.ui;

import org.jspecify.annotations.Nullable;

/** Whom an assignment goes to, as the form offers it: one student or one team. */
record Assignee(@Nullable Long studentId, @Nullable Long teamId, String label) {}
