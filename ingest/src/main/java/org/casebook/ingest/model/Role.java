package org.casebook.ingest.model;

/** What a unit is to a debater: a debatable assertion, or the fact, figure, example or testimony behind one. */
public enum Role {
    CLAIM,
    EVIDENCE
}
