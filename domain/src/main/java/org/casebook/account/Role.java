package org.casebook.account;

/** What an account may do: a teacher runs classes and assignments, a student joins classes and builds briefs. */
public enum Role {
    TEACHER,
    STUDENT
}
