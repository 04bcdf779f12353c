package org.casebook.ingest.lexicon;

import java.util.regex.Pattern;

/**
 * Numbers that measure: a percentage, an amount, a large count, or a proportion or multiple, in figures or in words
 * ("3 in 10", "one in five children", "fell by a fifth", "twice the level"); not a year or a source named. The unit
 * detector weighs them as evidence; the library sorts evidence cards by them.
 */
public final class Statistics {
    /**
     * Proportions and multiples written in words: "one in five", "by a fifth", "a third of", "twice as", "three times
     * the", "doubled" (not "a third runway", "think twice" or "doubled down").
     */
    private static final String IN_WORDS = "\\b(?:(?:one|two|three|four|five|six|seven|eight|nine) in (?:two|three|"
            + "four|five|six|seven|eight|nine|ten|\\d+)|by (?:a|one|two|three) (?:third|quarter|fifth|tenth)s?|"
            + "(?:a|one|two|three) (?:third|quarter|fifth|tenth)s? of|(?:twice|(?:two|three|four|five|ten) times) "
            + "(?:as|the|more|less|higher|lower)|(?:doubled|tripled|halved)(?! down))\\b";
    /** The alternatives of a measuring number, as a regular expression to build larger patterns from. */
    public static final String MEASURE = "\\$\\s?\\d|\\d[\\d,.]*\\s?(?:%|percent|per cent|million|billion|thousand|"
            + "times\\b)|\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)? (?:in|out of) \\d+\\b|" + IN_WORDS;
    private static final Pattern STATISTIC = Pattern.compile("(?:" + MEASURE + ")", Pattern.CASE_INSENSITIVE);

    private Statistics() {}

    /** Whether the text states a statistic. */
    public static boolean in(String text) {
        return STATISTIC.matcher(text).find();
    }
}
