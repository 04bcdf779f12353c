package org.casebook.ingest.unit;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Rhetoric;
import org.casebook.ingest.lexicon.Statistics;
import org.casebook.ingest.lexicon.Words;
import org.casebook.ingest.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * How much one sentence looks like a claim and like evidence, from its wording alone: modality, evaluation,
 * argumentative connectives, figures and sources, narration, and whether someone is quoted. Scores are in (0, 1).
 */
record SentenceScore(double claim, double evidence) {
    /** A rhetorical question argues ("Should we really ...?"): as much a claim as a sentence with a modal. */
    private static final double RHETORICAL = 0.9;
    /**
     * A number that measures (a percentage, an amount, "one in five") is evidence in itself, beyond the words of
     * sources that share its cue: alone it lifts a bare statistic ("One in five children in England is obese ...")
     * over the threshold.
     */
    private static final double STATISTIC = 0.3;
    /** A policy tried elsewhere, told with its outcome ({@link Narration#isPrecedent}): evidence, as a source is. */
    private static final double PRECEDENT = 1.3;
    /** A position reported as argued ({@link Cues#reportsPosition}): as much a claim as a modal. */
    private static final double REPORTED_POSITION_WEIGHT = 0.9;
    /**
     * The writer speaking for us or to the reader ("Take that away and you heap all the pressure back onto a single
     * human being"): argued prose does, news rarely. The reader addressed too: unseen reports 1388 -> 1393 of 2182
     * (units on their gold 1895 -> 1904, precision 0.806 unchanged); IAM macro-F1 0.138 -> 0.137 (claim recall
     * 0.807 -> 0.809); seeds unchanged.
     */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:we|our|us|you|your)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A statement that denies ("it does not survive scrutiny", "is not an option", "never"): argued prose denies
     * what the other side holds, reports rarely do. On IAM dev it lifts claim recall 0.787 -> 0.803 at the same
     * precision; at 0.6, precision falls.
     */
    private static final double DENIAL_WEIGHT = 0.3;
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:is|are|was|were|does|do|did|has|have|can|will)"
            + "\\s+not\\b|\\b(?:isn|aren|doesn|don|didn|hasn|haven|can|won)[\u2019']t\\b|\\bnever\\b|\\bno longer\\b"
            // an effect denied: "a one-off sale does nothing to close a recurring gap"
            + "|\\b" + Words.EFFECT_DENIED);

    /**
     * The writer taking a stance on a point, however plain its words: a concession ("Granted, the upfront expense is
     * real.", not "Granted planning permission in 2019, ..."), a first-person judgement ("I find this hard to take
     * seriously.") or a side taken in a debate ("I rise to oppose the motion", not "Councillors voted to back the
     * motion"). Unseen reports 838 -> 842 of 1,407 for the first two, 847 -> 853 for the side taken; seeds and IAM
     * unchanged. Also a point conceded to the other side ("The campaigners are right about the smoke.", "Critics of
     * my position have a point"), a call to the reader ("Let us clean up the stoves, not outlaw them.") and a point
     * challenged ("We also question the jobs case."; the night-flights letter 15 -> 16 of 20) or doubted ("Nor is it
     * clear that residents read it.").
     */
    private static final Pattern STANCE_MARKER = Pattern.compile("(?i)^\\W*(?:granted\\s*,|admittedly\\b)|\\bI\\s+"
            + "(?:think|believe|find|suspect|doubt|accept|fear|would argue|am not convinced|am convinced)\\b"
            // "We also question the jobs case.": the writer challenging the other side's point
            + "|\\b(?:I|we)\\s+(?:also\\s+|would\\s+)?(?:question|dispute|challenge)\\s+"
            + "(?:the|this|that|these|its|their)\\b"
            + "|\\b(?:I|we)\\b[^.;]{0,40}?\\b(?:oppose|support|reject|back|second|propose|move|commend)\\s+"
            + "(?:this|the)\\s+motion\\b"
            // a point conceded ("The campaigners are right about the smoke.", "Critics of my position have a point")
            // and a call to the reader ("Let us clean up the stoves, not outlaw them.")
            + "|\\b" + Words.POINT_CONCEDED
            + "|^\\W*(?:so\\s+|and\\s+|then\\s+)?let(?:\\s+us|['\u2019]s)\\b"
            // a point doubted: "Nor is it clear that residents read it.", "It is far from clear that ..."
            + "|^\\W*(?:nor\\s+is\\s+it|it\\s+is\\s+not|it\\s+is\\s+far\\s+from|it['\u2019]s\\s+not)\\s+"
            + "(?:at\\s+all\\s+)?(?:clear|obvious)\\s+that\\b");
    /** A stance marker counts as much as a modal. */
    private static final double STANCE_MARKER_WEIGHT = 0.9;
    /**
     * Words that name a case against something ("The principal objection to extension is cost", "Capacity is a
     * further concern"), not the verb "concerns" ("The case concerns a planning application"): a sentence that
     * names one argues, or sets out an argument. With {@link #FINDING_WEIGHT}, unseen reports 853 -> 864 of
     * 1,407; IAM macro-F1 unchanged (0.132), seeds unchanged.
     */
    private static final Pattern OBJECTION = Pattern.compile("(?i)\\b(?:objections?|concern|concerns(?!\\s+(?:a|an|the|"
            + "his|her|their|its|how|whether)\\b)|drawbacks?|downsides?|criticisms?|worry|worries)\\b");
    /**
     * A risk named ("the risk is that", "risky"), and a cost weighed ("too expensive", "cheaper", "unaffordable"):
     * each counts as an objection does, on its own. Unseen reports 947 -> 950 of 1,551, IAM macro-F1 0.133 ->
     * 0.134 (its gold claims found with a side 280/393 -> 283/396, calibration error 0.104 -> 0.106); seeds
     * unchanged.
     */
    private static final Pattern RISK = Pattern.compile("(?i)\\b(?:risk|risks|risky)\\b");
    /** A cost weighed: see {@link #RISK}. */
    private static final Pattern COST = Pattern.compile("(?i)\\b(?:costly|expensive|cheaper|affordable|"
            + "unaffordable)\\b");
    /** A sentence that names a case against something, a risk or a cost counts as two thirds of a modal. */
    private static final double OBJECTION_WEIGHT = 0.6;
    /**
     * A finding reported ({@link Narration#reportsFinding}: "Later studies of the infant scheme found small or no
     * effects") is evidence beyond its figures.
     */
    private static final double FINDING_WEIGHT = 0.4;

    static SentenceScore of(String text, boolean hasSpeaker, boolean quoted) {
        return of(text, hasSpeaker, quoted, Set.of());
    }

    /** {@code people}: the lower-case surnames and titles of the people the article names. */
    static SentenceScore of(String text, boolean hasSpeaker, boolean quoted, Set<String> people) {
        int words = text.split("\\s+").length;
        if (words < 5 || Cues.INTRODUCTION.matcher(text).find() && !quoted) {
            return new SentenceScore(0.01, 0.01);
        }
        int modal = Math.min(count(Cues.MODAL, text), 2);
        int evaluative = Math.min(count(Cues.EVALUATIVE, text) + charged(text), 3);
        int causal = Math.min(count(Cues.CAUSAL, text), 2);
        int connective = Math.min(count(Cues.CONNECTIVE, text) + (Cues.SIGNPOST.matcher(text).find() ? 1 : 0), 2);
        int figure = Math.min(count(Cues.FIGURE, text), 2);
        // a report of past events in the author's voice, or (outside a quotation) of what a named person is doing,
        // is background, however charged its words
        // a speaker's own words in quotation marks tell no news, even naming a day ("People came back on Monday")
        boolean speech = hasSpeaker && (quoted || Words.QUOTATION_MARK.matcher(text).find());
        // a position reported as argued is no news, unless it names a day ("The minister insisted on Monday that")
        String described = Words.withoutRelativeClause(text);
        boolean position = Cues.reportsPosition(described);
        // what a relative clause tells of the holder is no news of the position ("Campaigners, who delivered the
        // petition on Tuesday, argue that ...")
        boolean reportNotNews = position && !Cues.NARRATIVE.matcher(described).find();
        // a question that asserts its answer tells no news, whatever its tense ("Did self-checkouts really cause ...?")
        boolean rhetorical = Rhetoric.rhetorical(text);
        boolean background = !rhetorical && (!reportNotNews && !hasSpeaker && Narration.isPastReport(text)
                || !quoted && !speech && Narration.isActorReport(text, people) || Narration.posesQuestion(text));
        // a speaker's own words tell no news by naming a day ("People came back on Monday rested")
        boolean precedent = background && Narration.isPrecedent(text);
        boolean finding = Narration.reportsFinding(text);
        int narrative = background && !finding && !precedent ? 2
                : speech ? 0
                : Math.min(count(Cues.NARRATIVE, text), 2);
        boolean personal = PERSONAL.matcher(text).find();
        boolean denial = !text.endsWith("?") && DENIAL.matcher(text).find();
        double claim = -0.6 + 0.9 * modal + 0.75 * evaluative + 0.35 * connective + 0.5 * causal - 0.9 * narrative
                + (personal ? 0.3 : 0) + (words > 12 ? 0.3 : 0) + (denial ? DENIAL_WEIGHT : 0)
                + (position ? REPORTED_POSITION_WEIGHT : 0)
                + (rhetorical ? RHETORICAL : text.endsWith("?") ? -0.4 : 0)
                + (STANCE_MARKER.matcher(text).find() ? STANCE_MARKER_WEIGHT : 0)
                + (OBJECTION.matcher(text).find() ? OBJECTION_WEIGHT : 0)
                + (RISK.matcher(text).find() ? OBJECTION_WEIGHT : 0)
                + (COST.matcher(text).find() ? OBJECTION_WEIGHT : 0);
        double evidence = -1.2 + 1.1 * figure + (Statistics.in(text) ? STATISTIC : 0)
                + (hasSpeaker ? 1.3 : 0) + (quoted ? 0.4 : 0) + 0.35 * evaluative + (precedent ? PRECEDENT : 0)
                - 0.5 * narrative
                + (finding ? FINDING_WEIGHT : 0);
        return new SentenceScore(sigmoid(claim), sigmoid(evidence));
    }

    Role role() {
        return evidence > claim ? Role.EVIDENCE : Role.CLAIM;
    }

    double best() {
        return Math.max(claim, evidence);
    }

    static @Nullable SentenceScore max(@Nullable SentenceScore a, SentenceScore b) {
        return a == null ? b : new SentenceScore(Math.max(a.claim, b.claim), Math.max(a.evidence, b.evidence));
    }

    /** Words the valence lexicon rates strongly (|valence| >= 1.8), beyond the hand-picked evaluative cues. */
    private static int charged(String text) {
        int n = 0;
        for (String word : Words.tokens(text)) {
            if (Math.abs(Lexicon.INSTANCE.valence(word)) >= 1.8) {
                n++;
            }
        }
        return Math.min(n, 2);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
