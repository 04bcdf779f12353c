package org.casebook.ingest.lexicon;

import java.util.regex.Pattern;

/**
 * Numbers that measure: a percentage, an amount, a large count, or a proportion or multiple, in figures or in words
 * ("3 in 10", "one in five children", "fell by a fifth", "twice the level", "two percentage points", "40 donors per
 * million", "by three to one", "two-thirds of councils", "160mg of caffeine"); not a year or a source named. The
 * unit detector weighs them as evidence; the library sorts evidence cards by them.
 */
public final class Statistics {
    /** Words that soften a proportion without unmaking it: "by roughly a fifth", "nearly half". */
    private static final String HEDGE = "(?:roughly|nearly|almost|about|around|some|over|more than|less than|up to) ";
    /** The small numbers written as words that count parts and multiples ("three in ten", "by three to one"). */
    private static final String SMALL = "(?:two|three|four|five|six|seven|eight|nine|ten)";
    /**
     * Proportions and multiples written in words: "one in five", "by a fifth", "a third of", "nearly half", "twice
     * as", "three times the", "doubled", "two percentage points", "by three to one", "at around a fifth" with
     * nothing after it (not "a third runway", "at a quarter past six", "think twice" or "doubled down").
     */
    private static final String IN_WORDS = "\\b(?:(?:one|" + SMALL + ") in (?:" + SMALL + "|\\d+)|by (?:" + HEDGE
            + ")?(?:a|one|two|three) (?:third|quarter|fifth|tenth)s?|(?:at |" + HEDGE + ")(?:a|one|two|three) "
            + "(?:third|quarter|fifth|tenth)s?(?=\\s+of\\b|\\s*[,.;:)]|\\s*$)"
            + "|(?:a|one|two|three)[ -](?:third|quarter|fifth|"
            + "tenth)s? of|(?:by |" + HEDGE + ")half|(?:twice|" + SMALL + " times) (?:as|the|more|less|higher|"
            + "lower|its|their|what)|(?:doubled|tripled|halved)(?! down)|" + SMALL + " percentage points?|" + SMALL
            + " to one)\\b";
    /** The alternatives of a measuring number, as a regular expression to build larger patterns from. */
    public static final String MEASURE = "[$\u00a3\u20ac]\\s?\\d|\\d[\\d,.]*\\s?(?:%|percent|per cent|million|billion|"
            + "thousand|times\\b|percentage points?|(?:mg|kg|ml|km|mph|kcal|tonnes?|litres?|calories)\\b"
            // "a 20mph limit" names a rule, not a measurement
            + "(?!\\s*(?:speed\\s+)?(?:limits?|zones?)\\b))"
            + "|\\d[\\d,.]*\\s+(?:[a-z]+\\s+){0,2}per\\s+(?:million|thousand|head|capita)\\b|\\b\\d{1,3}(?:,\\d{3})+\\b"
            + "|\\b\\d+(?:\\.\\d+)? (?:in|out of) \\d+\\b|" + IN_WORDS;
    private static final Pattern STATISTIC = Pattern.compile("(?:" + MEASURE + ")", Pattern.CASE_INSENSITIVE);

    private Statistics() {}

    /** Whether the text states a statistic. */
    public static boolean in(String text) {
        return STATISTIC.matcher(text).find();
    }
}
