package org.casebook.brief;

import java.util.Arrays;

/** A card's first tag: the unit's first sentence, without quotation marks, cut to a dozen words. */
final class Tags {
    static final int WORDS = 12;

    private Tags() {}

    static String shortForm(String text) {
        String t = text.strip().replaceAll("[\"“”]", "").replaceAll("\\s+", " ");
        int sentenceEnd = t.indexOf(". ");
        if (sentenceEnd > 0) {
            t = t.substring(0, sentenceEnd + 1);
        }
        String[] words = t.split(" ");
        if (words.length <= WORDS) {
            return t.isEmpty() ? "Untitled card" : t;
        }
        String cut = String.join(" ", Arrays.copyOf(words, WORDS)).replaceAll("[,;:—–-]+$", "");
        return cut + " …";
    }
}
