package org.casebook.ingest.keypoint;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Words;
import org.casebook.ingest.segment.Segmenter;
import org.casebook.ingest.stance.MainClause;

/**
 * A short label for a key point, cut from its most central unit: the first sentence, its main clause (what is
 * reported rather than the reporting, outside a concession), without an opening connective or source ("For
 * starters,", "According to Reuters,"), and, when still long, up to the first clause that only adds detail
 * (", which ...", " — ..."); a label that is still too long ends in an ellipsis. Stateless and thread-safe.
 */
final class KeyPointLabel {
    static final int WORDS = 14;
    private static final int MIN_WORDS = 5;
    private static final Segmenter SEGMENTER = new Segmenter();
    /** Connectives and sources before the point: those that open a clause need their comma ("First, ..."). */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:and|but|so|yet|also)\\s+|(?:still|indeed|"
            + "finally|furthermore|moreover|besides|for starters|first|second|third|in fact|of course|after all|"
            + "to be clear|in short|in other words|at the same time|meanwhile|however|instead|"
            + "according to [^,]{1,60}),\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETAIL = Pattern.compile("(?:,\\s+(?:which|who|whom|where|while|whereas|"
            + "without which|with|as|because|since|thereby|forcing|including|such as|particularly|especially|"
            + "and|but)\\b|\\s+[\u2014\u2013]\\s+|\\s*[;:]\\s+|\\s*\\(|,\\s+\\w+ing\\b)");

    private KeyPointLabel() {}

    static String of(String text) {
        String label = MainClause.text(SEGMENTER.first(Words.QUOTATION_MARK.matcher(text).replaceAll("")));
        Matcher opening = OPENING.matcher(label);
        if (opening.lookingAt() && label.length() > opening.end()) {
            label = label.substring(opening.end());
        }
        label = label.replaceAll("[\\s.,;:!]+$", "");
        if (words(label) > WORDS) {
            Matcher detail = DETAIL.matcher(label);
            while (detail.find()) {
                String head = label.substring(0, detail.start());
                if (words(head) >= MIN_WORDS) {
                    label = head;
                    break;
                }
            }
        }
        if (words(label) > WORDS) {
            label = String.join(" ", Arrays.copyOf(label.split("\\s+"), WORDS)).replaceAll("[,;:\u2014-]+$", "")
                    + " \u2026";
        }
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
