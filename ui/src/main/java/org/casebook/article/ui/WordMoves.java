package org.casebook.article.ui;

/**
 * Moves a span's boundaries [start, end) in {@code body} one word at a time, for adjusting a unit from the
 * keyboard. A move that would leave no words in the span leaves the boundary where it was. Plain Java.
 */
final class WordMoves {
    private WordMoves() {}

    /** The start of the word before {@code start}. */
    static int startEarlier(String body, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the span's second word, or {@code start} when the span has one word. */
    static int startLater(String body, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        while (i < end && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < end ? i : start;
    }

    /** The end of the span's last word but one, or {@code end} when the span has one word. */
    static int endEarlier(String body, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        while (i > start && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        while (i > start && Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return i > start ? i : end;
    }

    /** The end of the word after {@code end}. */
    static int endLater(String body, int end) {
        int i = end;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }
}
