package org.casebook.ingest.lexicon;

import java.util.regex.Pattern;

/**
 * Questions that are arguments: a rhetorical question asserts the answer it expects. "Should we really raise the
 * minimum wage?", "Why should taxpayers fund it?" and "How can a ban work?" deny what they ask; "Shouldn't we raise
 * the minimum wage?" and "Isn't a ban the obvious step?" assert it. Any other question reads as the statement it
 * asks about ("Should schools ban phones?"). Stateless.
 */
public final class Rhetoric {
    /** A question opening on a negative auxiliary: "Shouldn't we ...?", "Isn't it ...?", "Don't children ...?". */
    private static final Pattern NEGATIVE_AUXILIARY = Pattern.compile("^\\W*(Should|Is|Are|Was|Were|Does|Do|Did|"
            + "Would|Could|Has|Have|Had|Ca|Wo)n['’]?t\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Why should ...?", "How can ...?", "And how exactly would ...?", "And who, exactly, is going to ...?" (no one
     * is), a yes-no question with "really" or "seriously", or one that asks whether the next step follows as well
     * ("..., are we going to ban patios as well?"), opening the sentence or its last clause ("..., so why should
     * taxpayers chip in?"): no is the answer. Not "Why are generic drugs cheaper?", which asks.
     */
    private static final Pattern DENYING = Pattern.compile("(?:^\\W*|[,;:]\\s+)(?:(?:And|But|So|Yet|Then)\\s+)?"
            + "(?:Why\\s+(?:should|would|must)\\b|How\\s+(?:can|could)\\b"
            + "|How\\s+(?:exactly|precisely|on\\s+earth)\\s+(?:can|could|would|will|is|are|do|does)\\b"
            + "|Who,?\\s+(?:(?:exactly|precisely|on\\s+earth),?\\s+)?(?:is\\s+going\\s+to|will|would|can|could)\\b"
            + "|(?:Is|Are|Was|Were|Does|Do|Did|Should|Would|Could|Can|Will|Must)\\b"
            + "[^?]*\\b(?:really|seriously|honestly)\\b"
            // "If we're going to ban fake grass, are we going to ban patios as well?": where would it end
            + "|(?:Are|Will|Should|Do|Shall)\\s+(?:we|they|you)\\b[^?]*\\b(?:as\\s+well|too)\\s*\\?)",
            Pattern.CASE_INSENSITIVE);

    private Rhetoric() {}

    /** The statement a question opening on a negative auxiliary asserts ("Shouldn't we" asserts "Should we"). */
    public static String asserted(String text) {
        if (!isQuestion(text)) {
            return text;
        }
        var m = NEGATIVE_AUXILIARY.matcher(text);
        if (!m.find()) {
            return text;
        }
        String auxiliary = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "ca" -> m.group(1).charAt(0) + "an";
            case "wo" -> (Character.isUpperCase(m.group(1).charAt(0)) ? "W" : "w") + "ill";
            default -> m.group(1);
        };
        return text.substring(0, m.start(1)) + auxiliary + text.substring(m.end());
    }

    /** Whether the text is a question that expects no for an answer, and so argues against what it asks. */
    public static boolean denies(String text) {
        // "Can't we really ...?" asserts: "Can" would match before the apostrophe
        return isQuestion(text) && !NEGATIVE_AUXILIARY.matcher(text).find() && DENYING.matcher(text).find();
    }

    /**
     * Whether the text is a rhetorical question: one that expects no ("Should we really ...?", "Why should ...?") or
     * one on a negative auxiliary that asserts ("Shouldn't we ...?"). Either argues; a plain question asks.
     */
    public static boolean rhetorical(String text) {
        return isQuestion(text) && (NEGATIVE_AUXILIARY.matcher(text).find() || DENYING.matcher(text).find());
    }

    private static boolean isQuestion(String text) {
        // most sentences are none: stance asks of every sentence of an article
        return text.indexOf('?') >= 0 && text.strip().replaceAll("[\"”’)]+$", "").endsWith("?");
    }
}
