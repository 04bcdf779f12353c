package org.casebook.brief;

/** The column of a brief an entry stands in: for the motion or against it. */
public enum BriefColumn {
    PRO,
    CON;

    public BriefColumn other() {
        return this == PRO ? CON : PRO;
    }
}
