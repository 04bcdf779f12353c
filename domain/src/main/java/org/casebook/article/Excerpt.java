package org.casebook.article;

/**
 * The context of a short unit: the sentence before it and the sentence after it, never beyond its paragraph (a
 * blank line) and never longer than {@link #MAX_CONTEXT} characters each. Plain functions over the body.
 */
final class Excerpt {
    /** Units at least this long stand alone. */
    static final int SHORT = 200;
    static final int MAX_CONTEXT = 300;

    private Excerpt() {}

    /** Where the context before {@code [start, end)} begins ({@code start} when there is none). */
    static int contextStart(String body, int start, int end) {
        if (end - start >= SHORT) {
            return start;
        }
        int paragraph = body.lastIndexOf("\n\n", start);
        int floor = paragraph < 0 ? 0 : paragraph + 2;
        int i = start - 1;
        while (i >= floor && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        i--; // step over the previous sentence's own terminator
        while (i >= floor && !isSentenceEnd(body, i)) {
            i--;
        }
        int from = i < floor ? floor : i + 1;
        while (from < start && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        return start - from > MAX_CONTEXT ? start : from;
    }

    /** Where the context after {@code [start, end)} ends ({@code end} when there is none). */
    static int contextEnd(String body, int start, int end) {
        if (end - start >= SHORT) {
            return end;
        }
        int paragraph = body.indexOf("\n\n", end);
        int ceiling = paragraph < 0 ? body.length() : paragraph;
        int i = end;
        while (i < ceiling && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        while (i < ceiling && !isSentenceEnd(body, i)) {
            i++;
        }
        int to = i < ceiling ? i + 1 : ceiling;
        while (to > end && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        return to - end > MAX_CONTEXT ? end : to;
    }

    private static boolean isSentenceEnd(String body, int i) {
        char c = body.charAt(i);
        boolean terminator = c == '.' || c == '!' || c == '?';
        return terminator && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }
}
