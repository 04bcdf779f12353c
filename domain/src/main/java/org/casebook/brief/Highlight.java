package org.casebook.brief;

/** The half-open range [start, end) of a card's evidence text that is read aloud. */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid highlight [%d, %d)".formatted(start, end));
        }
    }

    public int length() {
        return end - start;
    }
}
