package org.casebook.article;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the library list shows: the articles matching {@code text} (by their words or by meaning; blank for all),
 * narrowed by outlet, publication dates (inclusive), and a motion with optionally a stance (articles holding a unit
 * of that stance towards it; without a stance, a unit taking either side), in {@code order}.
 */
public record LibraryQuery(
        String text,
        Mode mode,
        @Nullable String outlet,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long motionId,
        @Nullable Side stance,
        Order order) {

    /** How {@code text} is matched. */
    public enum Mode {
        /** PostgreSQL full-text search over titles and unit texts (web-search syntax: "quoted phrase", -not, or). */
        WORDS,
        /** The query's embedding against the units' embeddings: finds units that say the same in other words. */
        MEANING
    }

    public enum Order {
        /** The closest match first when searching; newest import first otherwise. */
        BEST_MATCH,
        IMPORTED_NEWEST,
        IMPORTED_OLDEST,
        PUBLISHED_NEWEST,
        TITLE,
        MOST_UNITS
    }

    public LibraryQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(order, "order");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
        if (stance != null && motionId == null) {
            throw new IllegalArgumentException("a stance filter needs a motion");
        }
    }

    /** Every article, newest import first. */
    public static LibraryQuery all() {
        return new LibraryQuery("", Mode.WORDS, null, null, null, null, null, Order.BEST_MATCH);
    }

    public boolean searching() {
        return !text.isBlank();
    }

    public LibraryQuery withText(String text, Mode mode) {
        return new LibraryQuery(text, mode, outlet, from, to, motionId, stance, order);
    }
}
