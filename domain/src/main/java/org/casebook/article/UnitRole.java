package org.casebook.article;

/** What a unit is to a debater: a debatable assertion, or the fact, figure, example or testimony behind one. */
public enum UnitRole {
    CLAIM,
    EVIDENCE
}
