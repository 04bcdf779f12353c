package org.casebook.ingest.unit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a report of past events ("He threatened to end aid in 2018", "It encouraged the governments to ...") from
 * an argument: the sentence's first finite verb is in the past tense and nothing in it looks ahead or prescribes
 * (no modal). Arguments made about the past keep their evaluative words, which the scorer weighs separately.
 * Without a part-of-speech tagger the first finite verb is found from a closed list of auxiliaries and common
 * irregular pasts, and from "-ed" words right after a pronoun or a capitalised name; a present-tense auxiliary or
 * a modal found first ends the search.
 */
final class Narration {
    private static final Set<String> MODALS = Set.of("should", "must", "ought", "would", "could", "might", "may",
            "will", "can", "cannot", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "need", "needs");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "has", "have", "does", "do", "isn't",
            "aren't", "hasn't", "haven't", "doesn't", "don't", "remains", "remain", "seems", "seem", "tends", "tend");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "didn't", "wasn't", "weren't",
            "hadn't", "said", "told", "made", "took", "gave", "went", "came", "found", "saw", "knew", "thought",
            "became", "began", "left", "kept", "held", "brought", "wrote", "met", "led", "paid", "sent", "spent",
            "built", "won", "lost", "felt", "rose", "fell", "grew");
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "who", "which");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

    private Narration() {}

    /**
     * Whether a past-tense sentence reports what research found ("The study found no link", "Researchers showed
     * that ..."): evidence, not the story of who did what.
     */
    static boolean reportsFinding(String sentence) {
        return Cues.FINDING.matcher(sentence).find() && Cues.RESEARCH.matcher(sentence).find();
    }

    static boolean isPastReport(String sentence) {
        Matcher m = WORD.matcher(sentence.replace('\u2019', '\''));
        String previous = null;
        int index = 0;
        boolean past = false;
        boolean decided = false;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (MODALS.contains(lower) && (index == 0 || Character.isLowerCase(word.charAt(0)))) {
                return false; // a capitalised "May" or "Will" inside a sentence is a month or a name
            }
            if (!decided) {
                if (PRESENT.contains(lower)) {
                    decided = true;
                } else if (PAST.contains(lower) || pastParticipleAfterSubject(lower, previous, index)) {
                    decided = true;
                    past = true;
                }
            }
            previous = word;
            index++;
        }
        return past;
    }

    /** "-ed" right after a pronoun or a capitalised name that is not the sentence's first word. */
    private static boolean pastParticipleAfterSubject(String lower, String previous, int index) {
        if (!lower.endsWith("ed") || lower.length() <= 4 || previous == null) {
            return false;
        }
        return SUBJECTS.contains(previous.toLowerCase(Locale.ROOT))
                || index > 1 && Character.isUpperCase(previous.charAt(0));
    }
}
