package org.casebook.ingest.model;

/** A unit's side towards a motion as the user wrote it: supports it, opposes it, or neither. */
public enum Stance {
    PRO,
    CON,
    NEUTRAL;

    public Stance opposite() {
        return switch (this) {
            case PRO -> CON;
            case CON -> PRO;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
