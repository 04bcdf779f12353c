package org.casebook.brief;

/** Where a brief is: being built, handed in (nobody edits it), or given back with comments to work on again. */
public enum BriefStatus {
    IN_PROGRESS,
    SUBMITTED,
    RETURNED
}
