package org.casebook.ingest.unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Statistics;

/** Word patterns that mark argument and evidence in English prose (case-insensitive, whole words). */
final class Cues {
    private Cues() {}

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Modality and prediction: the writer commits to what ought to or will happen. */
    static final Pattern MODAL = words("should|shouldn[\u2019']t|must|ought|need to|needs to|have to|has to|would|"
            + "wouldn[\u2019']t|could|might|may well|will|won[\u2019']t|cannot|can[\u2019']t|likely|unlikely|probably|"
            // "It is time England made food hygiene ratings compulsory to display", "it's time to act"
            + "bound to|going to|it is (?:now )?time(?!-)|it[\u2019']s (?:now )?time(?!-)|high time|time has come|"
            // a call to act: "I urge councillors to ignore the howls"; a recommendation made now (not "recommended"):
            // "This briefing recommends that secondary schools ...", "The Academy advises that ..."
            + "urge|urges|call on|calls on|recommend|recommends|advise|advises|call for|calls for");

    /** Evaluation: judging something good or bad, right or wrong, better or worse. */
    static final Pattern EVALUATIVE = words("critical|crucial|vital|essential|important|necessary|effective|"
            + "ineffective|successful|success|fail|fails|failed|failing|failure|worse|worsen|worsening|better|best|worst|"
            + "harm|harmful|harmed|helps?|helped|benefit|benefits|beneficial|dangerous|danger|threat|wrong|right|fair|"
            + "unfair|rational|irrational|reasonable|absurd|mistake|misguided|wise|unwise|wasted?|wasteful|inadequate|"
            + "insufficient|adequate|sufficient|working|works|backfire|counterproductive|good|bad|poor|severe|serious|"
            + "problem|problems|solution|answer|recipe|prescription|pipe dream|shame|blow|crisis|exacerbat\\w*|"
            + "aggravat\\w*|undermin\\w*|improv\\w*|deepen\\w*|alienate|unmet|corrupt|indifferent|difficult|obvious|"
            + "easy|hype|realistic|unrealistic|desperat\\w*|misery|insecurity|hardship|worth|justif\\w*|deserve\\w*|"
            + "should|legitimate|illegitimate|moral|immoral|ethical|unethical|responsib\\w*|stupid|smart|silly|"
            + "welcome|pitfalls|remedies|inferiority|too little|too much|not enough|more harm|largely|merely|"
            + "mere|tiny|huge|enormous|dramatic\\w*|severely|vulnerable|reluctantly|destitute|traumatized|limited|"
            + "lacks?|lacking");

    /** Argumentative connectives: reasons, conclusions, contrast, concession. */
    static final Pattern CONNECTIVE = words("because|therefore|thus|hence|so that|consequently|as a result|since|"
            + "however|but|yet|although|though|even though|despite|nevertheless|nonetheless|instead|rather than|"
            + "in fact|indeed|clearly|of course|to be clear|after all|which means|means that|thereby|if|unless|"
            + "not only|in other words|for starters|finally|furthermore|moreover|making matters worse");

    /**
     * Openings that count off the points of a case ("Second, it is simpler and fairer ...", "Thirdly, ..."): a
     * speech's signposts, each before a point of its own; the comma keeps out "First Minister ..." and "Second-hand".
     */
    static final Pattern SIGNPOST = Pattern.compile("^\\W*(?:first|second|third|fourth|firstly|secondly|thirdly|"
            + "lastly|above all)\\s*,", Pattern.CASE_INSENSITIVE);

    /** Openings that turn away from the sentence before rather than go on from it (match at the start). */
    static final Pattern TURN = Pattern.compile("^[\u201c\"]?(?:but|however|yet|still|although|though|even so|"
            + "nevertheless|nonetheless|on the other hand|in contrast|by contrast|conversely|at the same time|"
            + "meanwhile|instead|on the contrary|critics|opponents|others|some|despite|while)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Cause and effect: the shape of most policy arguments. */
    static final Pattern CAUSAL = words("cause[sd]?|causing|driv(?:e|es|en|ing)|drove|lead(?:s|ing)? to|led to|"
            + "result(?:s|ed)? in|contribut\\w+|fuel(?:s|ed|ing)?|because of|due to|so that|in order to|"
            + "prevent(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|stem(?:s|ming)?");

    /** Studies and sources. */
    private static final String STUDIES = "study|studies|survey|report|research|data|statistics|census|analysis|poll";

    /** Figures, studies and sources: the stuff of evidence. */
    static final Pattern FIGURE = Pattern.compile("(?:" + Statistics.MEASURE + "|\\b(?:" + STUDIES + ")\\b)",
            Pattern.CASE_INSENSITIVE);

    /** What research established, reported: "the study found", "researchers showed". */
    static final Pattern FINDING = words("found|showed|shown|concluded|revealed|demonstrated|indicated|suggested|"
            + "confirmed|estimated|reported");
    /** Who establishes findings: studies and sources, and those who make them. */
    static final Pattern RESEARCH = words(STUDIES + "|researchers|scientists|experts|authors|evidence|trials?|"
            + "experiments?|review|meta-analys[ie]s|evaluations?|modelling|modeling"
            // bodies that examine and report: "Our own scrutiny panel reported last year that attendance ..."
            + "|panel|audit|auditors?|inquiry|inspectors?|inspection|inspectorate|watchdog|regulator|ombudsman");

    /** A measured change: what a figure rose or fell by ("footfall fell by a fifth", "crime dropped 20%"). */
    static final Pattern CHANGE = words("rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|"
            + "climbed|jumped|doubled|tripled|halved|shrank|recovered");

    /** Narrative of events: who did what, when. */
    static final Pattern NARRATIVE = words("on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            + "yesterday|last (?:week|month|year)|in (?:19|20)\\d\\d|announced|represents|took to|began|visited|"
            + "met with|signed|traveled|arrived");

    /**
     * A position reported as someone's argument, its holder named first: "Opponents counter that ...", "Critics warn
     * that ...", "Teachers who backed the change say that ...", "Sceptics also question whether ...", "Advocates point
     * to cleaner air" (on the unseen reports, 4 such units found), "Ms Raman rejected that claim". What a side argues
     * is a unit, however plain its words ("nuclear is simply too slow and too expensive"). Not a source's finding
     * ("The report says that ..."), nor an empty holder ("It is fair to say that ...", "The claims that ...": see
     * {@link #reportsPosition}).
     */
    private static final Pattern REPORTED_POSITION = Pattern.compile("^\\W*(?<holder>(?:[\\p{L}\\d'\u2019-]+,?"
            + "\\s+){1,6}?)(?:(?:have|has|had)\\s+)?(?:also\\s+)?(?:(?:argue|argues|argued|counter|counters|countered|"
            + "contend|contends|contended|insist|insists|insisted|maintain|maintains|warn|warns|warned|say|says|reply|"
            + "replies|replied|point out|points out|believe|believes|fear|fears|worry|worries|claim|claims|complain|"
            + "complains|complained|object|objects|objected|note|notes|noted|stress|stresses|stressed|"
            + "(?:tell|tells|told)\\s+(?:me|us))\\s+that|"
            + "(?:question|questions|questioned|doubt|doubts|doubted)\\s+whether|(?:point|points|pointed)\\s+to|"
            // "Opposition councillors are also sceptical about whether the council can deliver the scheme"
            + "(?:are|is|were|was|remain|remains)\\s+(?:also\\s+|still\\s+)?"
            + "(?:sceptical|skeptical|doubtful|unconvinced)\\s+(?:about\\s+|of\\s+)?(?:whether|that)|"
            // "Ms Raman rejected that claim.", "Disability campaigners also reject the idea of a compromise."
            + "(?:reject|rejects|rejected|dismiss|dismisses|dismissed|dispute|disputes|disputed)\\s+"
            + "(?:that|this|the|these|those|such)\\s+(?:claim|argument|idea|suggestion|criticism|view|concern)s?|"
            // "Free-market think tanks have described this as a windfall for supermarkets"
            + "(?:describe|describes|described|brand|brands|branded)\\s+(?:it|this|that|"
            + "them|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+as)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Holders that report no one's position: sources, rules, and "it" or a bare determiner. */
    private static final Pattern NO_HOLDER = Pattern.compile("(?i)^(?:the|a|an|this|that|these|those|it|there)\\s*$"
            // "It should be noted that ...": no one holds it
            + "|\\b(?:should|must|can|could|may)\\s+be\\s*$"
            + "|\\b(?:it is|it's|law|laws|rule|rules|" + STUDIES + "|figures|evidence|review|trial)\\b");

    /**
     * Whether the sentence reports a position argued by someone it names first ({@link #REPORTED_POSITION}); given
     * {@link org.casebook.ingest.lexicon.Words#withoutRelativeClause without} the relative clauses that describe the
     * holder ("Campaigners, who delivered the petition, argue that ...").
     */
    static boolean reportsPosition(String described) {
        Matcher m = REPORTED_POSITION.matcher(described);
        return m.lookingAt() && !NO_HOLDER.matcher(m.group("holder").strip()).find();
    }

    /** Sentences that only introduce what follows. */
    static final Pattern INTRODUCTION = Pattern.compile("[:\u2014]\\s*$");
}
