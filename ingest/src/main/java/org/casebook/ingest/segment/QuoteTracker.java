package org.casebook.ingest.segment;

import org.casebook.ingest.model.TextSpan;

/**
 * Tells whether a sentence lies inside a quotation that runs across sentences of one block. Curly quotes open and
 * close explicitly; a straight double quote toggles. Sentences must be asked about in order.
 */
final class QuoteTracker {
    private final String body;
    private int position = -1;
    private boolean open;

    QuoteTracker(String body) {
        this.body = body;
    }

    /** True when the sentence starts inside or with an opening quote and ends inside or with a closing one. */
    boolean isQuoted(TextSpan sentence) {
        if (position < 0) {
            position = sentence.start();
        }
        advanceTo(sentence.start());
        boolean startsInside = open || isOpening(body.charAt(sentence.start()));
        advanceTo(sentence.end());
        char last = lastNonPunctuation(sentence);
        boolean endsInside = open || last == '\u201d' || last == '"';
        return startsInside && endsInside;
    }

    private void advanceTo(int target) {
        for (; position < target; position++) {
            char c = body.charAt(position);
            if (c == '\u201c') {
                open = true;
            } else if (c == '\u201d') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
    }

    private char lastNonPunctuation(TextSpan sentence) {
        for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
            char c = body.charAt(i);
            if (c != ')' && c != ']') {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isOpening(char c) {
        return c == '\u201c' || c == '"';
    }
}
