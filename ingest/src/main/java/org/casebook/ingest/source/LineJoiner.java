package org.casebook.ingest.source;

import java.util.Locale;
import java.util.Set;

/**
 * Joins two lines of one paragraph, repairing hyphenation at the break. The rule is deliberately simple:
 * <ul>
 *   <li>{@code "immi-" + "gration"} becomes {@code "immigration"}: a hyphen after a lower-case letter, followed by a
 *       lower-case letter, is taken as a typesetter's break and dropped;</li>
 *   <li>the hyphen is kept (and no space added) when the next line starts with a capital or a digit
 *       ({@code "anti-" + "American"}), or when the part before it is a common compound prefix such as
 *       {@code self}, {@code well} or {@code non} ({@code "well-" + "known"});</li>
 *   <li>a dash at the end of a line ({@code "word —"}) or anything else joins with one space.</li>
 * </ul>
 * Compounds not in the list lose their hyphen when it falls at a line end; that is the accepted error.
 * Stateless and thread-safe.
 */
final class LineJoiner {
    private static final Set<String> COMPOUND_PREFIXES = Set.of(
            "self", "well", "non", "anti", "ex", "all", "half", "cross", "so", "long", "short", "high", "low",
            "far", "full", "like", "mid", "pro", "post", "pre", "co");

    String join(String left, String right) {
        String l = left.stripTrailing();
        String r = right.stripLeading();
        if (l.isEmpty()) {
            return r;
        }
        if (r.isEmpty()) {
            return l;
        }
        int n = l.length();
        if (l.charAt(n - 1) == '-' && n >= 2 && Character.isLetter(l.charAt(n - 2))) {
            char next = r.charAt(0);
            if (Character.isUpperCase(next) || Character.isDigit(next)) {
                return l + r;
            }
            if (Character.isLowerCase(next) && Character.isLowerCase(l.charAt(n - 2))) {
                return COMPOUND_PREFIXES.contains(lastWord(l.substring(0, n - 1))) ? l + r : l.substring(0, n - 1) + r;
            }
        }
        return l + " " + r;
    }

    private static String lastWord(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i).toLowerCase(Locale.ROOT);
    }
}
