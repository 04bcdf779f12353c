package org.casebook.ingest.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that is not English, since the pipeline's models only understand English. The test is a simple
 * stop-word ratio: in English prose roughly a third to a half of all words are function words such as "the",
 * "of" and "and"; in other languages written in Latin script only a few percent are, and text in other scripts
 * has hardly any Latin letters. Texts under {@value #MIN_WORDS} words are too short to judge and pass.
 * Thread-safe.
 */
final class LanguageGuard {
    static final int MIN_WORDS = 20;
    private static final double MIN_STOP_WORD_RATIO = 0.18;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "of", "and", "to", "a", "in", "is", "it", "that", "for", "was", "on", "are", "as", "with", "be",
            "by", "this", "at", "from", "or", "have", "has", "had", "an", "not", "but", "they", "his", "her", "their",
            "we", "you", "he", "she", "its", "were", "been", "which", "would", "will", "there", "can", "more", "than",
            "what", "who", "when", "if", "about", "so", "do", "does", "did", "no", "into", "our", "them", "these",
            "those", "all", "also", "some", "any", "only", "other", "out", "up", "how", "i", "my", "me", "him",
            "should", "could", "may", "must", "because", "while", "over", "such", "very", "just", "then", "after");

    void check(String text, String location) {
        int words = 0;
        int stopWords = 0;
        int letters = 0;
        int latinLetters = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            words++;
            letters += word.length();
            latinLetters += (int) word.chars().filter(c -> c < 0x250).count();
            if (STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                stopWords++;
            }
        }
        boolean otherScript = letters >= 100 && latinLetters < letters / 2;
        boolean fewStopWords = words >= MIN_WORDS && stopWords < words * MIN_STOP_WORD_RATIO;
        if (otherScript || fewStopWords) {
            throw new UnreadableInputException(location,
                    "looks like it is not English; only English articles can be analysed");
        }
    }
}
