package org.casebook.ingest.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Lower-case word tokens with contractions folded ("don't" -> "dont"), and the stop words stance ignores. */
public final class Words {
    private Words() {}

    public static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "its", "their",
            "his", "her", "our", "this", "that", "these", "those", "be", "is", "are", "was", "were", "should", "would",
            "must", "we", "it", "by", "with", "as", "at", "from", "house", "believes", "resolved", "ought", "do", "does",
            "all", "any", "some", "more", "less", "than", "into", "upon", "about", "own", "use", "has", "have", "us");

    /** Two or more capitalised words in a row, small joining words allowed inside ("Friends of the Earth"). */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:of|the|for|and|on)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*)+");

    /**
     * The lower-case words of the names in a text: runs of two or more capitalised words ("the Schools Research
     * Trust", "Human Rights Watch", "Save the Children"). A name's words say nothing of what the text judges.
     */
    public static Set<String> nameWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        var m = NAME.matcher(text);
        while (m.find()) {
            List<String> name = tokens(m.group());
            // a sentence's first word is capitalised anyway: "Good Samaritan laws", not "Human Rights Watch"
            boolean opening = text.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit);
            words.addAll(opening && name.size() < 3 ? name.subList(1, name.size()) : name);
        }
        return words;
    }

    private static final Set<String> SUFFIXES = Set.of("s", "es", "ing", "ting", "ed", "ted", "er", "ers");
    private static final List<String> VOWEL_SUFFIXES = List.of("ings", "ing", "ers", "er", "ed");

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String folded = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '-') {
                word.append(c);
            } else if (c == '\'' && !word.isEmpty()) {
                // contraction: don't -> dont, haven't -> havent; possessive 's is dropped
                if (i + 1 < folded.length() && folded.charAt(i + 1) == 's') {
                    i++;
                }
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    /** True when two words are the same up to a short inflectional ending (program/programs, primary/primaries). */
    public static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shortWord = a.length() <= b.length() ? a : b;
        String longWord = a.length() <= b.length() ? b : a;
        if (longWord.startsWith(shortWord) && SUFFIXES.contains(longWord.substring(shortWord.length()))) {
            return true;
        }
        if (dropsE(shortWord, longWord) || dropsE(longWord, shortWord)) {
            return true;
        }
        int shorter = shortWord.length();
        if (shorter < 4) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= shorter - 2 && Math.abs(a.length() - b.length()) <= 3 && common >= 4;
    }

    /**
     * English drops a final "e" before a suffix that opens with a vowel: "vote", "voting", "voters", "voted" share
     * "vot". True when {@code a} is such a form of a word that {@code b} is the bare form of, or another such form.
     * ("cars" and "care" are not: "s" opens with no vowel.)
     */
    private static boolean dropsE(String a, String b) {
        String stem = vowelStem(a);
        if (stem == null || stem.length() < 3) {
            return false;
        }
        return b.equals(stem + "e") || b.equals(stem + "es") || stem.equals(vowelStem(b));
    }

    private static @Nullable String vowelStem(String word) {
        for (String suffix : VOWEL_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return null;
    }
}
