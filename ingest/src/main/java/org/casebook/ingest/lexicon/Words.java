package org.casebook.ingest.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Lower-case word tokens with contractions folded ("don't" -> "dont"), and the stop words stance ignores. */
public final class Words {
    private Words() {}

    /** A relative clause set off by commas: ", who delivered the petition to the town hall on Tuesday,". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:who|which)\\s+[^,;:]{1,120},\\s*");

    /** The sentence without the relative clauses that describe what they follow. */
    public static String withoutRelativeClause(String text) {
        return RELATIVE_CLAUSE.matcher(text).replaceAll(" ");
    }

    public static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "its", "their",
            "his", "her", "our", "this", "that", "these", "those", "be", "is", "are", "was", "were", "should", "would",
            "must", "we", "it", "by", "with", "as", "at", "from", "house", "believes", "resolved", "ought", "do", "does",
            "all", "any", "some", "more", "less", "than", "into", "upon", "about", "own", "use", "has", "have", "us");

    /** Two or more capitalised words in a row, small joining words allowed inside ("Friends of the Earth"). */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]*"
            + "(?:\\s+(?:(?:of|the|for|and|on)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*)+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");
    /** What a masked word of a name reads as: a word no lexicon rates and no motion names. */
    public static final String MASK = "Someone";
    /** A quotation mark, straight or curly: a text with one quotes someone's words. */
    public static final Pattern QUOTATION_MARK = Pattern.compile("[\"\u201c\u201d]");
    /** An effect denied: "a one-off sale does nothing to close a recurring gap", "did little to". */
    public static final String EFFECT_DENIED = "(?:do|does|did)\\s+(?:little|nothing)\\s+to\\b";

    /**
     * A point conceded to someone, after who is conceded it (case-insensitive, for a larger pattern): "are right
     * about the smoke", "is quite right that", "may be right that", "have a fair point". The unit detector takes it
     * for a stance, the stance reader for the other side's case granted.
     */
    public static final String POINT_CONCEDED = "(?:(?:are|is|(?:may|might|could)\\s+(?:well\\s+)?be)\\s+"
            + "(?:quite\\s+|of\\s+course\\s+|partly\\s+)?right\\s+(?:that|to\\s+point\\s+out|about)"
            + "|(?:have|has)\\s+a\\s+(?:fair\\s+|good\\s+|real\\s+|valid\\s+)?point)\\b";

    /**
     * The text with the capitalised words of its names masked ({@link #MASK}): runs of two or more capitalised words
     * ("the Schools Research Trust", "Human Rights Watch", "Save the Children"), so that a name's words rate nothing
     * and act on nothing. A sentence's first word only counts in a run of three. Words {@code keep} accepts (lower
     * case) stay, such as the motion's own ("the Catholic Church").
     */
    public static String maskNames(String text, Predicate<String> keep) {
        Matcher m = NAME.matcher(text);
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (m.find()) {
            Matcher word = CAPITALISED.matcher(m.group());
            int count = 0;
            while (word.find()) {
                count++;
            }
            boolean opening = m.start() == first;
            word.reset();
            out.append(text, done, m.start());
            int at = 0;
            boolean skipFirst = opening && count < 3;
            while (word.find()) {
                out.append(m.group(), at, word.start());
                String w = word.group();
                out.append(skipFirst || keep.test(w.toLowerCase(Locale.ROOT).replace('\u2019', '\'')) ? w : MASK);
                skipFirst = false;
                at = word.end();
            }
            out.append(m.group(), at, m.group().length());
            done = m.end();
        }
        return out.append(text, done, text.length()).toString();
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

    /** Nouns whose verb is spelt otherwise: "resale" is the reselling, "sale" the selling. */
    private static final Map<String, String> NOUN_OF_VERB = Map.of("sale", "sell",
            "sales", "sell", "resale", "resell", "resales", "resell");

    /**
     * True when two words are the same up to a short inflectional ending (program/programs, primary/primaries), or
     * one is the noun of the other's verb (resale/reselling).
     */
    public static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String verbA = NOUN_OF_VERB.get(a);
        String verbB = NOUN_OF_VERB.get(b);
        // "sellers" are not the sale: an agent's ending does not go with a noun of the act
        if ((verbA != null || verbB != null) && !a.endsWith("er") && !a.endsWith("ers") && !b.endsWith("er")
                && !b.endsWith("ers") && inflected(verbA != null ? verbA : a, verbB != null ? verbB : b)) {
            return true;
        }
        return inflected(a, b);
    }

    private static boolean inflected(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shortWord = a.length() <= b.length() ? a : b;
        String longWord = a.length() <= b.length() ? b : a;
        if (longWord.startsWith(shortWord) && SUFFIXES.contains(longWord.substring(shortWord.length()))) {
            return true;
        }
        // a short verb doubles its last consonant before a vowel: "ban", "banned", "banning"
        if (shortWord.length() >= 3 && longWord.startsWith(shortWord + shortWord.charAt(shortWord.length() - 1))
                && VOWEL_SUFFIXES.contains(longWord.substring(shortWord.length() + 1))) {
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
