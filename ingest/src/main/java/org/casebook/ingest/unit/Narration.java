package org.casebook.ingest.unit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Statistics;

/**
 * Tells a report of past events ("He threatened to end aid in 2018", "It encouraged the governments to ...") from
 * an argument: the sentence's first finite verb is in the past tense and nothing in it looks ahead or prescribes
 * (no modal). Arguments made about the past keep their evaluative words, which the scorer weighs separately.
 * Without a part-of-speech tagger the first finite verb is found from a closed list of auxiliaries and common
 * irregular pasts, and from "-ed" words right after a pronoun or a capitalised name; a present-tense auxiliary
 * found first ends the search. A present-tense report of what a named person does is background too
 * ({@link #isActorReport}).
 */
final class Narration {
    private static final Set<String> MODALS = Set.of("should", "must", "ought", "would", "could", "might", "may",
            "will", "can", "cannot", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "need", "needs");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "has", "have", "does", "do", "isn't",
            "aren't", "hasn't", "haven't", "doesn't", "don't", "remains", "remain", "seems", "seem", "tends", "tend",
            "show", "shows", "suggest", "suggests", "indicate", "indicates", "find", "finds", "reveal", "reveals");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "didn't", "wasn't", "weren't",
            "hadn't", "said", "told", "made", "took", "gave", "went", "came", "found", "saw", "knew", "thought",
            "became", "began", "left", "kept", "held", "brought", "wrote", "met", "led", "paid", "sent", "spent",
            "built", "won", "lost", "felt", "rose", "fell", "grew");
    private static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
    /** What may stand before the subject of a report: a connective, a time or place, "This is not the first time". */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:But|And|Yet|So|Still|Now|Meanwhile),?\\s+)?"
            + "(?:(?i:with|on|in|at|after|since|over|for|during|last|this|earlier|by|within|throughout|each|every)"
            + "\\b[^,;:]{0,50},\\s+)?(?:(?:This|It)\\s+(?:is|was)\\s+(?:not\\s+)?the\\s+"
            + "(?:first|second|third|latest|last)\\s+time\\s+(?:that\\s+)?)?");
    /** A subject of up to four words ending in a name, a title or a pronoun, not a possessive, then its verb. */
    private static final Pattern ACTOR = Pattern.compile("^(?:(?:[Tt]he|[A-Z][a-z]*\\.?)\\s+){0,3}?"
            + "(?<head>[A-Z][A-Za-z\\-]+|[a-z]+)(?!'s)\\s+"
            + "(?:(?:also|now|already|still|again|even|just|once|[a-z]+ly)\\s+)?"
            + "(?<verb>(?:is|are)\\s+[a-z]+ing|(?:has|have)\\s+(?:been\\s+)?[a-z]+(?:ed|en)|[a-z]+s)\\b");
    /**
     * What may follow a verb ending in "-s" ("plans to", "cites Amazon's", "holds eight"); anything else makes it a
     * plural noun ("Trump supporters rally ...").
     */
    private static final Pattern OBJECT = Pattern.compile("^\\s+(?:to|the|a|an|his|her|their|its|our|my|your|this|"
            + "that|these|those|some|no|more|less|much|many|every|each|all|any|him|them|it|us|me|you|on|in|at|for|"
            + "with|about|against|over|under|into|from|by|through|toward|towards|across|up|down|out|off|back|ahead|"
            + "[0-9][^\\s]*|[A-Z][^\\s]*)\\b");
    /** Verbs after a person that judge, state or say rather than act: opinions and testimony, not background. */
    private static final Set<String> NOT_ACTS = Set.of("is", "has", "does", "was", "seems", "appears", "looks",
            "remains", "deserves", "needs", "is going", "are going", "means", "thinks", "believes", "knows", "says",
            "argues", "claims", "contends", "insists", "warns", "notes", "writes", "suggests", "explains", "states",
            "asserts", "maintains", "admits", "acknowledges", "agrees", "disagrees", "points", "concludes", "tells",
            "adds", "stresses", "emphasizes", "emphasises", "fears", "worries", "hopes", "doubts", "wonders");

    /**
     * An open question reported, not answered: "Schools are debating whether to ban phones", "the question of
     * whether SCNT fell outside the Act" (3 of IAM's 4 such sentences are not claims). A deliberation in
     * progress or a question named as such; "Parents should decide whether ..." prescribes, and is no report.
     */
    private static final Pattern OPEN_QUESTION = Pattern.compile("(?i)\\b(?:debate|debates|debated|debating|"
            + "discussing|considering|weighing|deciding|wondering|questions?\\s+of|unclear|uncertain|undecided)"
            + "\\s+(?:(?:over|about|on)\\s+)?whether\\b");

    /** Past acts by which a government or a place tries a policy ("banned", "scrapped", "made its charge"). */
    private static final String TRIED = "banned|outlawed|abolished|scrapped|introduced|tried|adopted|legali[sz]ed|"
            + "imposed|froze|capped";
    /**
     * A policy tried elsewhere, told with what came of it: "In Denmark, a tax on fatty foods was scrapped after a
     * year because people simply crossed the border", "New Zealand effectively outlawed zero-hours contracts in
     * 2016, and ... its cafes are still open". The act of a government or a place, then an outcome clause.
     */
    private static final Pattern PRECEDENT = Pattern.compile("\\b(?:" + TRIED + "|abandoned|brought\\s+in|made\\s+"
            + "(?:its\\s+|their\\s+|the\\s+)?[\\w\\s-]{1,30}?\\s+(?:free|permanent|compulsory|mandatory|illegal))\\b"
            + "[^;:]{0,120}?(?:,\\s+(?:and|but|so)\\b|\\s+(?:because|after\\s+(?:a|one|two|three|complaints)|"
            + "only\\s+to)\\b|:)");
    /** Where a precedent may stand: a place or a government named at the head of the sentence. */
    private static final Pattern PLACE_FIRST = Pattern.compile("^(?:In\\s+[A-Z]\\w+(?:\\s+[A-Z]\\w+)?,"
            + "|The\\s+[A-Z]\\w+\\s+[A-Z]\\w+\\b|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?<!s)(?=,\\s+which\\b|\\s+"
            + "(?:[a-z]+ly\\s+)?(?:" + TRIED + "|made)\\b))");

    private Narration() {}

    /** Whether a past-tense sentence tells of a policy tried elsewhere and its outcome ({@link #PRECEDENT}). */
    static boolean isPrecedent(String sentence) {
        return PLACE_FIRST.matcher(sentence).find() && PRECEDENT.matcher(sentence).find();
    }

    /** Whether the sentence reports a question still open ("are debating whether to ..."): background. */
    static boolean posesQuestion(String sentence) {
        return OPEN_QUESTION.matcher(sentence).find() && !hasModal(sentence.replace('\u2019', '\''));
    }

    /**
     * Whether a past-tense sentence reports what research found ("The study found no link", "Researchers showed
     * that ...") or what a change measured ("footfall fell by a fifth"): evidence, not the story of who did what.
     */
    static boolean reportsFinding(String sentence) {
        return Cues.FINDING.matcher(sentence).find() && Cues.RESEARCH.matcher(sentence).find()
                || Cues.CHANGE.matcher(sentence).find() && Statistics.in(sentence);
    }

    /**
     * Whether the sentence tells what a person the article names is doing or has done ("President Trump is doubling
     * down on ...", "Trump plans to slash ...", "This is not the first time the president has threatened ..."):
     * background like a past report. The subject must be someone the text names or titles ({@code people}: lower-case
     * surnames and titles) or "he"/"she"; its verb must act rather than judge or say; nothing in the sentence may
     * prescribe or predict.
     */
    static boolean isActorReport(String sentence, Set<String> people) {
        String text = sentence.strip().replace('\u2019', '\'');
        Matcher opening = OPENING.matcher(text);
        String rest = opening.lookingAt() ? text.substring(opening.end()) : text;
        Matcher m = ACTOR.matcher(rest);
        if (!m.lookingAt() || NOT_ACTS.contains(m.group("verb").replaceAll("\\s+", " "))
                || !m.group("verb").contains(" ") && !OBJECT.matcher(rest.substring(m.end())).lookingAt()) {
            return false;
        }
        String head = m.group("head").toLowerCase(Locale.ROOT);
        return (head.equals("he") || head.equals("she") || people.contains(head)) && !hasModal(text);
    }

    /** A modal anywhere; a capitalised "May" or "Will" inside a sentence is a month or a name. */
    private static boolean hasModal(String text) {
        Matcher m = WORD.matcher(text);
        for (int index = 0; m.find(); index++) {
            String word = m.group();
            boolean lower = index == 0 || Character.isLowerCase(word.charAt(0));
            if (lower && MODALS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPastReport(String sentence) {
        String text = sentence.replace('\u2019', '\'');
        if (hasModal(text)) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        String previous = null;
        for (int index = 0; m.find(); index++) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            if (PRESENT.contains(lower)) {
                return false;
            }
            if (PAST.contains(lower) || pastParticipleAfterSubject(lower, previous, index)) {
                return true;
            }
            previous = m.group();
        }
        return false;
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
