package org.casebook.ingest.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the calendar dates that articles state: ISO ({@code 2019-03-03}, with or without a time), English month
 * names ({@code March 3, 2019}, {@code Sun. Mar 3rd 2019}, {@code 3 March 2019}) and PDF dates
 * ({@code D:20190303120000Z}). Times and time zones are ignored: a publication date is a calendar day.
 * Thread-safe.
 */
final class DateParser {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern PDF_DATE = Pattern.compile("\\bD:(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may surround a date in a dateline without making it a sentence. */
    private static final Pattern DATELINE_NOISE = Pattern.compile(
            "(?i)(?:published|posted|updated|last|modified|date|on|at|\\d{1,2}([:.]\\d{2})?|[ap]\\.?m\\.?|"
                    + "[a-z]{1,2}t|gmt|utc|[\\s,.:|·•—–-])*");

    /** The first date anywhere in {@code text}, or null. */
    @Nullable LocalDate find(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Found found = first(text);
        return found == null ? null : found.date;
    }

    /** Where the first date in {@code text} starts and ends, or null when there is none. */
    int @Nullable [] range(String text) {
        Found found = first(text);
        return found == null ? null : new int[] {found.start, found.end};
    }

    /** The date when {@code text} is nothing but a date with dateline words ("Updated March 3, 2019 at 5 p.m."). */
    @Nullable LocalDate parseDateline(String text) {
        Found found = first(text);
        if (found == null) {
            return null;
        }
        String rest = text.substring(0, found.start) + " " + text.substring(found.end);
        return DATELINE_NOISE.matcher(rest).matches() ? found.date : null;
    }

    private record Found(LocalDate date, int start, int end) {}

    private static @Nullable Found first(String text) {
        Found best = null;
        for (Pattern pattern : new Pattern[] {ISO, PDF_DATE, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                LocalDate date = toDate(pattern, m);
                if (date != null) {
                    if (best == null || m.start() < best.start) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static @Nullable LocalDate toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO || pattern == PDF_DATE) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            boolean monthFirst = pattern == MONTH_FIRST;
            int month = month(m.group(monthFirst ? 1 : 2));
            int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
            return LocalDate.of(Integer.parseInt(m.group(3)), month, day);
        } catch (DateTimeException | NumberFormatException notADate) {
            return null;
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }
}
