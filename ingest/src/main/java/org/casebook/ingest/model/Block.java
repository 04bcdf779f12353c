package org.casebook.ingest.model;

import java.util.Objects;

/** One structural block of an article's text: a paragraph, heading, block quote or list item. */
public record Block(Kind kind, TextSpan span) {
    public enum Kind { PARAGRAPH, HEADING, QUOTE, LIST_ITEM }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
