package org.casebook.brief;

/** Which side a brief argues: one side (one column) or both (two columns side by side). */
public enum BriefSide {
    PRO,
    CON,
    BOTH;

    /** The columns of a brief on this side, in display order. */
    public java.util.List<BriefColumn> columns() {
        return switch (this) {
            case PRO -> java.util.List.of(BriefColumn.PRO);
            case CON -> java.util.List.of(BriefColumn.CON);
            case BOTH -> java.util.List.of(BriefColumn.PRO, BriefColumn.CON);
        };
    }
}
