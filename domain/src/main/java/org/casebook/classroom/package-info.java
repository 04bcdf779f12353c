/**
 * Classes and assignments: a teacher creates a class and gets a join code, students join with it, the teacher forms
 * teams (or spreads the students evenly at random) and assigns a motion and a side to a student or a team, with a
 * due date and instructions. Public through {@link org.casebook.classroom.ClassroomService} and
 * {@link org.casebook.classroom.AssignmentService} and their records; every method checks the caller's role and
 * class. Entities and repositories stay inside.
 */
@NullMarked
package org.casebook.classroom;

import org.jspecify.annotations.NullMarked;
