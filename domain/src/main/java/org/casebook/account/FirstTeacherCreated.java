package org.casebook.account;

/** The first account was created, a teacher's: the sample brief is given to it. */
public record FirstTeacherCreated(long accountId) {}
