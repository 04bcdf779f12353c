package org.casebook.article;

import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * What a piece of evidence offers, as a debater sorts cards: a study or report, figures, someone's testimony, or an
 * example. Read from the evidence's words and speaker, first match in that order; evidence that shows none of them
 * is {@link #OTHER}. Plain Java.
 */
public enum EvidenceKind {
    STUDY("studies and reports"),
    FIGURES("figures and statistics"),
    TESTIMONY("testimony"),
    EXAMPLE("examples"),
    OTHER("other evidence");

    private static final Pattern STUDY_WORDS = Pattern.compile("\\b(?:stud(?:y|ies)|survey(?:s|ed)?|report(?:s|ed)?|"
            + "research(?:ers)?|analys[ie]s|poll(?:s|ed)?|audit(?:s|ed)?|experiment(?:s)?|trial(?:s)?|data|"
            + "according to (?:the |a |an )?(?:[A-Z][\\w.&-]*\\s?)+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLE_WORDS = Pattern.compile("\\b(?:for example|for instance|such as|"
            + "in the case of|a case in point|take the|consider the|one example|another example)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** The kind of the evidence with these words, spoken by {@code speaker} ({@code null}: the author). */
    public static EvidenceKind of(String text, @Nullable String speaker) {
        if (STUDY_WORDS.matcher(text).find()) {
            return STUDY;
        }
        if (Statistics.in(text)) {
            return FIGURES;
        }
        if (speaker != null) {
            return TESTIMONY;
        }
        return EXAMPLE_WORDS.matcher(text).find() ? EXAMPLE : OTHER;
    }

    /** Plural words for a list: "studies and reports". */
    public String label() {
        return label;
    }
}
