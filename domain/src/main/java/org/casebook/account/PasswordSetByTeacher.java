package org.casebook.account;

/** A teacher set a new password for a student, whose sign-in may then start afresh. */
public record PasswordSetByTeacher(String username) {}
