package org.casebook.brief;

/**
 * A write was based on a version of the brief that is no longer current: someone else (or another tab) changed it
 * since. Nothing was written; reload the brief and try again.
 */
public class BriefChangedException extends RuntimeException {
    private final long briefId;

    public BriefChangedException(long briefId) {
        super("Someone else changed this brief; reload it to see their changes, then try again.");
        this.briefId = briefId;
    }

    public long briefId() {
        return briefId;
    }
}
