package org.casebook.article;

import jakarta.persistence.Embeddable;
import org.casebook.ingest.model.TextSpan;

/** Where a unit a person deleted stood in its article's body, so a re-analysis does not bring it back. */
@Embeddable
class DeletedSpan {
    private int spanStart;
    private int spanEnd;

    protected DeletedSpan() {} // for JPA

    DeletedSpan(TextSpan span) {
        this.spanStart = span.start();
        this.spanEnd = span.end();
    }

    /** True when {@code span} covers at least half of this one, or this one at least half of {@code span}. */
    boolean coversMostOf(TextSpan span) {
        int overlap = Math.min(spanEnd, span.end()) - Math.max(spanStart, span.start());
        return overlap > 0 && (2 * overlap >= spanEnd - spanStart || 2 * overlap >= span.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeletedSpan d && d.spanStart == spanStart && d.spanEnd == spanEnd;
    }

    @Override
    public int hashCode() {
        return 31 * spanStart + spanEnd;
    }
}
