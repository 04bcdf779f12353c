package org.casebook.article;

/** A unit's stance towards a motion as its user wrote it: supports it, opposes it, or neither. */
public enum Side {
    PRO,
    CON,
    NEUTRAL
}
