package org.casebook.ingest.model;

/** Half-open range [start, end) into {@link ArticleText#body()}. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [%d, %d)".formatted(start, end));
        }
    }

    public String cut(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
