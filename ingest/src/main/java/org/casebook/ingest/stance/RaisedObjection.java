package org.casebook.ingest.stance;

import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Words;

/**
 * An author setting out the other side's case before answering it: "They will say that valuing assets is too
 * difficult", "My opponents say that fears about automation are overblown", "Then there's the claim that the fee is
 * unfair", "The second objection is that people with family abroad would be penalised". What follows such an opening
 * argues for the side the author argues against. A sentence that answers the case in the same breath ("They will
 * say it costs too much, but ...") is the author's own. So is a point granted to the other side and left unanswered
 * ("Granted, the research is mixed.", "To be fair, critics have a point"). Groups named by their side ("critics of
 * the ban say") are {@link GroupVoice}'s. Stateless.
 */
final class RaisedObjection {
    /** Words an author may open with before the other side's case: "But", "Of course", "Finally", "Second,". */
    private static final String LEAD = "(?:(?:but|and|yet|now|still|of\\s+course|naturally|then|finally|first|"
            + "firstly|second|secondly|third|thirdly|next|again|admittedly|no\\s+doubt)\\W+)*";
    /** Who sets out the other case, as a debater names the other bench: "they", "my opponents", "members opposite". */
    private static final String OTHER_SIDE = "(?:they|some|some\\s+people|my\\s+opponents|our\\s+opponents|"
            // "The proposition will tell you that"
            + "the\\s+proposition|the\\s+other\\s+side|those\\s+opposite|"
            + "(?:honou?rable\\s+)?(?:members|gentlemen|friends)\\s+opposite|my\\s+(?:honou?rable|learned)\\s+friends?|"
            + "the\\s+opposition|colleagues\\s+opposite|"
            // "Some members have argued that allotments are a luxury"
            + "some\\s+(?:members|colleagues|councillors))";
    /** How they set it out: "will say", "point out", "also argue". */
    private static final String SET_OUT = "(?:(?:(?:will|would|may|might|often|also|sometimes|always|usually)\\s+)*"
            + "(?:say|argue|claim|tell\\s+(?:us|you)|insist|object|point\\s+to|point\\s+out|complain|contend|"
            + "protest)\\b"
            // "Some members have argued that", "Colleagues opposite have told us that"
            + "|(?:have|has)\\s+(?:also\\s+)?(?:said|argued|claimed|told\\s+(?:us|you)|insisted|"
            // "Some members have suggested that", not "Some colleagues have suggested a compromise, which I welcome"
            + "suggested\\s+that"
            // "Finally, some have raised the privacy of members of the public", not "They have raised fares"
            + "|raised\\s+(?:(?:concerns?|questions?|objections?|doubts?|fears?|worries)\\b|(?:the|an?)\\s+"
            + "(?:[\\w'’-]+\\s+)?(?:question|issue|point|concern|objection|matter|prospect|spectre|possibility)\\b"
            + "|the\\s+[\\w'’-]+\\s+of\\b)"
            // "Some members have asked why this council should take a position at all"
            + "|asked\\s+(?:why|whether))\\b"
            // "Some will ask where the teachers will come from"; not "They ask only for safe crossings"
            + "|(?:(?:will|would|may|might)\\s+)+(?:also\\s+)?(?:ask|wonder)\\b)";
    /**
     * The other case by name: "there's the claim that", "there is a worry that", "the second objection is that",
     * "we are told that".
     */
    private static final String NAMED_CASE = "there(?:'s|’s|\\s+is)\\s+(?:also\\s+)?(?:the\\s+(?:claim|objection|"
            // "a concern that" or "a fear that" is as often the author's own
            + "argument|complaint|charge|suggestion|worry)|a\\s+(?:claim|objection|complaint|suggestion|worry))"
            // "there is the complaint about privacy, that ..."
            + "(?:\\s+(?:about|over)\\s+[\\w'’-]+(?:\\s+[\\w'’-]+)?,?)?\\s+that|the\\s+(?:first|second|"
            + "third|fourth|final|last|other|main|usual|familiar|standard|common|obvious|strongest|biggest)\\s+"
            + "(?:objection|complaint|criticism|worry|charge)\\s+(?:[\\w'’-]+\\s+){0,6}?is\\s+that"
            // "The opposition's second argument was that an elected Lords would challenge the Commons"
            + "|(?:the\\s+(?:opposition|proposition|other\\s+side)['’]s|(?:my|our)\\s+opponents['’])\\s+"
            + "(?:(?:first|second|third|final|main|last|next|central|strongest|only)\\s+)?(?:argument|point|objection|"
            + "claim|case)\\s+(?:is|was)\\s+that"
            // "A second objection is that this is the state barging into family life", "Another complaint is that"
            + "|(?:a\\s+(?:second|third|fourth|further|final)|another)\\s+(?:objection|complaint|criticism)\\s+"
            + "is\\s+that"
            // "The strongest objection, in my view, is enforcement.": named in a word or two, not judged ("is easily
            // answered", "is weak")
            // "A more serious objection is the shortage of pool space."
            + "|(?:the|a)\\s+(?:main|strongest|biggest|bigger|more\\s+serious|most\\s+serious)\\s+"
            + "(?:objection|criticism)(?:,\\s*[^,]{1,30},)?\\s+is\\s+(?!not\\b|weak|wrong|false|misplaced|overblown|"
            + "nonsense|baseless|unfounded|exaggerated|overstated|easily|simply|answered|mistaken|a\\s+red\\s+herring)"
            + "(?:the\\s+|a\\s+)?[\\w'’-]+(?:\\s+[\\w'’-]+){0,3}\\W*$|(?:we|you)\\s+"
            + "(?:are|'re|’re)\\s+(?:often\\s+|always\\s+|constantly\\s+|repeatedly\\s+)?told\\s+that"
            // "I am also told that a night bus would make the town centre safer."
            // and "I have also been told that a smaller council will be less diverse"
            + "|(?:i\\s+am|i['’]m|(?:i|we)\\s+have\\s+(?:also\\s+|often\\s+)?been"
            + "|(?:i|we)['’]ve\\s+(?:also\\s+)?been)\\s+(?:also\\s+|often\\s+|now\\s+)?told\\s+that"
            // "It is often said that", "It has also been suggested that quieter aircraft will reduce the impact."
            + "|it\\s+(?:is|has\\s+(?:also\\s+|often\\s+|sometimes\\s+)?been)\\s+(?:often\\s+|sometimes\\s+|"
            + "commonly\\s+)?(?:said|argued|claimed|suggested)\\s+that"
            // "I have heard it said in this debate that golf courses are exclusive playgrounds"
            + "|(?:i|we)(?:\\s+have|['’]ve)?\\s+(?:often\\s+|already\\s+|also\\s+)?heard\\s+it\\s+"
            + "(?:said|argued|claimed)(?:\\s+[^,;:]{1,40}?)?\\s+that|you\\s+(?:will|'ll|’ll|"
            + "may|might)\\s+hear\\b";
    /**
     * Others who object, point out or will say: "Others point out that schools are already required to teach
     * swimming". Not "Others argue that ...", as often one view of several an explainer lists.
     */
    private static final String OTHERS_OBJECT = "others\\s+(?:also\\s+)?(?:point\\s+out|object|complain|"
            + "(?:will|may|might)\\s+say)\\b";
    /** A point granted to the other side: "Granted, the research is mixed", "It is true that the army struggles". */
    private static final String CONCEDED = "(?:granted\\b|admittedly\\b|to\\s+be\\s+fair\\b|true\\s*,|"
            + "it\\s+is\\s+(?:also\\s+)?true\\s+that\\b|it(?:'|’)s\\s+(?:also\\s+)?true\\s+that\\b"
            // "Now, I accept that the financial argument has real force", "The officers are right that ..."
            // "I accept, too, that even the cleanest stove ..."
            // "We recognise that local authority budgets are under severe pressure", "I agree with him that ..."
            + "|(?:i|we)\\s+(?:(?:readily|fully|freely|do|also)\\s+)?(?:accept|concede|admit|grant|recogni[sz]e|"
            + "acknowledge|agree\\s+with\\s+(?:him|her|them|my\\s+opponents?|the\\s+(?:mover|proposer)))"
            // "And I accept the chief fire officer's point that serious fires are rarer than ever"
            // "I accept too that staff ... might be more useful out on the platform"
            + "(?:\\s*,\\s*too\\s*,|\\s+too)?\\s+(?:(?:the|his|her|their|your|my\\s+opponent['’]s)\\s+"
            + "(?:[\\w'’-]+\\s+){0,4}?"
            + "(?:points?|argument|concerns?)\\s+)?"
            + "that\\b"
            // "I do not dispute that we need homes", "We do not dispute the scale of the problem"; not "We cannot deny
            // our children the green spaces we grew up with"
            + "|(?:i|we)\\s+(?:do\\s+not|don['’]t|would\\s+not|cannot|can['’]t)\\s+"
            + "(?:dispute\\s+(?:that|the|this|these|those|it)|deny\\s+that)\\b"
            // "I am sure that is true for many households", "That may well be true"
            + "|(?:i\\s+am|i['’]m|we\\s+are)\\s+sure\\s+(?:that\\s+)?(?:that|this|it)\\s+is\\s+true\\b"
            + "|(?:that|this|it)\\s+(?:may|might|could)\\s+(?:well\\s+)?be\\s+true\\b"
            // "That is a serious point, and I do not dismiss it.", "I understand that worry"; not "That is a fair
            // point, and yet it is an argument for a right": turned in the same breath
            // (not "It is a real concern that one in five children now vapes": the author's own)
            + "|(?:(?:that|this)\\s+is\\s+a\\s+(?:fair|serious|reasonable|legitimate|real|good|valid|genuine)\\s+"
            + "(?:[\\w'’-]+\\s+)?(?:point|worry|objection)"
            + "|(?:i|we)\\s+(?:do\\s+|fully\\s+)?understand\\s+(?:that|the|this|their|those)\\s+"
            + "(?:worry|worries|concern|concerns|fear|fears))\\b(?![^.;]*\\b(?:but|yet)\\b)"
            // "The officers are right that ...", "Critics of my position have a point when they say that ..."
            // "the members opposite are right that ...", "He may be right that the saving will be closer to ..."
            + "|(?:he|she|they|critics|opponents|sceptics|skeptics|campaigners|supporters|proponents|advocates|"
            + "defenders|objectors|the\\s+[a-z]+(?:\\s+opposite)?)"
            // "The campaigners who have pushed for this service are right about the problem", "Supporters of the plan
            // are right that pollinators have declined badly"
            // (not "The people who say the council is right about parking are wrong": a who-clause says nothing)
            + "(?:\\s+of\\s+[\\w'’-]+(?:\\s+[\\w'’-]+)?|\\s+who\\s+(?:(?!\\b(?:say|says|said|claim|claims|think|"
            + "thinks|argue|argues|believe|believes)\\b)[^,;:]){1,50}?)?\\s+" + Words.POINT_CONCEDED
            // "He is partly right; the evidence on deterrence is mixed": only part of the point, granted
            + "|(?:he|she|they)\\s+(?:is|are)\\s+(?:partly|half|only\\s+partly)\\s+right(?=\\s*[;:]))";
    /**
     * One opponent, named or not, and what they said: "My opponent, Ms Liu, argued that", "Their first speaker told
     * us that".
     */
    private static final String OPPONENT_SAID = "(?:my\\s+opponent|their\\s+(?:(?:first|second|third|last|final)\\s+)?"
            // "Their first speaker told us that animals in captivity suffer"
            + "speaker)(?:,\\s+[^,]{2,40},)?\\s+(?:(?:also|has)\\s+)?"
            + "(?:says|said|argues|argued|claims|claimed|insists|insisted|(?:tells|told)\\s+(?:us|you))\\b";
    /**
     * One opponent answered in the present, whom the sentence does not name: "She says that fluoridation is mass
     * medication without consent", "And she says, with some justice, that the benefit is smaller".
     */
    private static final String ONE_SAYS = "(?:he|she)\\s+(?:also\\s+)?(?:says|argues|claims|insists|contends|"
            + "complains|tells\\s+(?:us|you)|points\\s+out)\\b";
    private static final Pattern OPENING = Pattern.compile("^\\W*" + LEAD + "(?:" + OTHER_SIDE + "\\s+" + SET_OUT
            + "|" + OPPONENT_SAID + "|" + ONE_SAYS + "|" + NAMED_CASE + "|" + OTHERS_OBJECT + ")|^\\W*" + LEAD
            + CONCEDED,
            Pattern.CASE_INSENSITIVE);
    /** A point granted to the other side at the start of a sentence ({@link #CONCEDED}). */
    private static final Pattern GRANTED = Pattern.compile("^\\W*" + LEAD + CONCEDED, Pattern.CASE_INSENSITIVE);
    /** A point granted at the end of a sentence: "Some do, and I will not pretend otherwise." */
    private static final Pattern NOT_PRETENDED = Pattern.compile("(?i)\\b(?:i|we)\\s+(?:(?:will|shall|do|would|can)\\s+"
            + "not|won['\u2019]t|don['\u2019]t|can['\u2019]t|cannot)\\s+pretend\\s+otherwise\\W*$");
    /** The writer's own case following from what is granted: "..., which is why we back licensing". */
    private static final Pattern OWN_CASE = Pattern.compile("(?i)\\b(?:which|that|this)\\s+is\\s+why\\b"
            + "|\\bso\\s+we\\b");
    /**
     * The answer in the same sentence: "..., but", "; yet", or a speaker's "conceded that ... but said ..."; not
     * "not only ... but".
     */
    private static final Pattern ANSWERED = Pattern.compile("(?i)[,;:–—-]\\s*(?:but|yet|however)\\b"
            + "|\\bbut\\s+(?:also\\s+)?(?:said|says|added|argued|insisted|warned|maintained)\\b");

    /**
     * The other side's points announced as worth hearing, to be set out next: "Opponents make some arguments that
     * deserve a fair hearing", "There is one point on which ministers who resist change have a case", "Critics raise
     * several objections".
     */
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)\\bha(?:ve|s)\\s+(?:a|one|some|a\\s+fair|a\\s+real|"
            + "a\\s+genuine)\\s+(?:case|point)\\b|\\b(?:arguments?|objections?|concerns?|worries)\\s+(?:that\\s+)?"
            + "(?:deserve|merit|are\\s+worth|is\\s+worth)"
            // the other side raising them: "Critics raise several objections", not "The report raises some questions"
            + "|\\b(?:opponents|critics|sceptics|skeptics|objectors|campaigners|supporters|they|the\\s+other\\s+side|"
            + "the\\s+opposition)\\s+(?:also\\s+)?(?:raise[sd]?|make[s]?)\\s+(?:some|several|two|three|a\\s+few|"
            + "a\\s+couple\\s+of)\\s+(?:[\\w'’-]+\\s+)?(?:points|objections|questions|concerns|arguments)\\b"
            // "Let me start with what the ban's supporters get right."
            + "|\\bwhat\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:supporters|critics|opponents|campaigners|advocates|"
            + "sceptics|skeptics|other\\s+side)\\s+(?:get|gets|got|have\\s+got)\\s+right\\b"
            // "Let me say at once that I understand why the idea is popular.", not "Now, I see why the scheme failed"
            // (a sentence that opens with "I" speaks in the author's own voice)
            + "|\\b(?:i|we)\\s+(?:can\\s+|do\\s+|fully\\s+|certainly\\s+)?(?:understand|see)\\s+why\\s+(?:the\\s+"
            + "(?:idea|plan|proposal|scheme)\\s+(?:is|has|appeals)|people|so\\s+many|many|some|supporters|campaigners|"
            + "critics|opponents)\\b");
    /** A sentence that turns to answer what came before: "But ...", "Yet ...", "However, ...", "In response, ...". */
    static final Pattern TURN = Pattern.compile("(?i)^\\W*(?:but|yet|however|in\\s+response|responding)\\b");
    /**
     * The author speaking in their own voice: an announcement of their own points ("I have one point to make"), or an
     * answer to the points announced ("I find none of them convincing").
     */
    private static final Pattern OWN_VOICE = Pattern.compile("(?i)^\\W*(?:i|we|my|our)\\b");

    /**
     * A speaker who is the other bench of a debate: "The proposition told us that ...", "The opposition's final
     * speaker said that ...", "The member for Riverside said earlier that ...".
     */
    private static final Pattern OTHER_BENCH = Pattern.compile("(?i)^(?:the\\s+)?(?:leader\\s+of\\s+the\\s+)?"
            + "(?:proposition|opposition|other\\s+side)(?:['’]s\\s+(?:[\\w-]+\\s+)?speaker)?$|^(?:their\\s+(?:"
            // "Their first speaker", not "The Speaker" of a chamber
            + "(?:first|second|third|last|final)\\s+)?|the\\s+(?:first|second|third|last|final)\\s+)speaker$"
            + "|^the\\s+(?:honou?rable\\s+)?members?\\s+for\\b");

    private RaisedObjection() {}

    /**
     * Whether a speaker named in an author's speech is the other bench ({@link #OTHER_BENCH}): what they are said
     * to have argued is the other side's case, set out to be answered.
     */
    static boolean otherBench(String speaker) {
        return OTHER_BENCH.matcher(speaker.strip()).find();
    }

    /**
     * Whether {@code sentence}, in the author's voice at {@code start} of {@code body}, sets out a point of the other
     * side's that a sentence before it in the paragraph announced ({@link #ANNOUNCED}), with no answer in between:
     * "Opponents make some arguments that deserve a fair hearing. The most serious is that the law should not
     * criminalise loving parents ...", "Let me start with what the ban's supporters get right. Transport is now the
     * largest source of emissions. ...". Neither the point nor its announcement may answer it in the same breath.
     */
    static boolean announced(String body, int start, String sentence) {
        if (TURN.matcher(sentence).find() || ANSWERED.matcher(sentence).find() || OWN_CASE.matcher(sentence).find()
                || OWN_VOICE.matcher(sentence).lookingAt()) {
            return false;
        }
        String before = body.substring(body.lastIndexOf('\n', start - 1) + 1, start).strip();
        String[] sentences = ArticleVoices.SENTENCE_END.split(before);
        for (int i = sentences.length - 1; i >= 0; i--) {
            String s = sentences[i];
            if (announces(s)) {
                return true;
            }
            if (TURN.matcher(s).find() || ANSWERED.matcher(s).find() || OWN_VOICE.matcher(s).lookingAt()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a sentence announces the other side's points, unanswered ({@link #ANNOUNCED}). */
    private static boolean announces(String sentence) {
        return ANNOUNCED.matcher(sentence).find() && !OWN_VOICE.matcher(sentence).lookingAt()
                && !ANSWERED.matcher(sentence).find();
    }

    /** Whether {@code sentence}, in the author's voice, sets out the other side's case without answering it. */
    static boolean raised(String sentence) {
        return (OPENING.matcher(sentence).find() || NOT_PRETENDED.matcher(sentence).find() || announces(sentence))
                && !ANSWERED.matcher(sentence).find() && !OWN_CASE.matcher(sentence).find();
    }

    /**
     * A point someone quoted is told to have granted: "Councillor Mansell acknowledged that the scheme would change
     * the landscape", "She conceded that fares might rise"; not one refused ("has never accepted that"), nor a
     * granting told in a clause further on. {@link #grantedByThem} passes over one answered in the same sentence.
     */
    private static final Pattern REPORTED_GRANT = Pattern.compile("(?i)^[^,;:\"\u201c]{0,60}?(?:,[^,;:\"\u201c]"
            + "{1,60},\\s*)?\\b(?:also\\s+)?(?<!\\bnot\\s)(?<!\\bnever\\s)(?<!n['’]t\\s)(?:acknowledged|acknowledges|"
            + "conceded|concedes|admitted|admits|accepted|accepts)\\s+that\\b");

    /** Whether {@code sentence} tells of a point its speaker granted the other side ({@link #REPORTED_GRANT}). */
    static boolean grantedByThem(String sentence) {
        // "conceded that enforcement would be a challenge but said the order would still deter": answered
        return REPORTED_GRANT.matcher(sentence).find() && !ANSWERED.matcher(sentence).find()
                && !OWN_CASE.matcher(sentence).find();
    }

    /** Whether {@code sentence} answers itself in the same breath ("..., but ...") or goes on to the author's case. */
    static boolean answered(String sentence) {
        return ANSWERED.matcher(sentence).find() || OWN_CASE.matcher(sentence).find();
    }

    /** Whether {@code sentence} opens by granting a point to the other side ("Admittedly, ...", "It is true that"). */
    static boolean granted(String sentence) {
        return (GRANTED.matcher(sentence).find() || NOT_PRETENDED.matcher(sentence).find()
                && !ANSWERED.matcher(sentence).find()) && !OWN_CASE.matcher(sentence).find();
    }
}
