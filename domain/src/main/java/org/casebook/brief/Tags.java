package org.casebook.brief;

import java.util.Arrays;
import org.casebook.ingest.Sentences;

/**
 * A card's first tag: the unit's first sentence (as the pipeline splits sentences), without quotation marks, cut to
 * a dozen words.
 */
final class Tags {
    static final int WORDS = 12;

    private Tags() {}

    static String shortForm(String text) {
        String t = Sentences.first(text.replaceAll("[\"“”]", "").replaceAll("\\s+", " "));
        String[] words = t.split(" ");
        if (words.length <= WORDS) {
            return t.isEmpty() ? "Untitled card" : t;
        }
        String cut = String.join(" ", Arrays.copyOf(words, WORDS)).replaceAll("[,;:—–-]+$", "");
        return cut + " …";
    }
}
