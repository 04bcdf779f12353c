package org.casebook.ingest.stance;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * An attitude stated outright towards the motion's target or act: "Hoteliers oppose the tax", "Most parents back
 * the ban", "I regret the rise of zero-hours contracts", "Residents are in favour of a levy", "I will vote against
 * any attempt to raise the pension age"; or towards the motion debated itself: "I urge you to oppose the motion".
 * Whoever holds it, the clause argues the side of its attitude, whatever else it says. Stateless.
 */
final class StatedAttitude {
    /**
     * Someone's attitude at the head of the argued clause: a subject of a few words, an adverb or auxiliary or a
     * negator, the verb of attitude, then what it is held towards.
     */
    private static final Pattern STATED = Pattern.compile("(?i)^\\W*(?<who>(?:[\\w'\u2019-]+,?\\s+){1,6}?)"
            + "(?<aux>(?:(?:do|does|did|would|will|also|still|strongly|fully|firmly|broadly|largely|generally|"
            + "overwhelmingly|always|now|have|has|had|not|never|no\\s+longer|cannot|can['\u2019]?t|don['\u2019]?t|"
            + "doesn['\u2019]?t|didn['\u2019]?t|won['\u2019]?t|wouldn['\u2019]?t)\\s+){0,3})"
            + "(?:(?<pro>support|supports|supported|back|backs|backed|favou?r|favou?rs|favou?red|welcome|welcomes|"
            + "welcomed|endorse|endorses|endorsed|applaud|applauds|applauded|champion|champions|championed|embrace|"
            + "embraces|embraced|vote\\s+for|votes\\s+for|voted\\s+for|"
            + "(?:am|is|are|was|were|remain|remains)\\s+(?:\\w+\\s+)?(?:in\\s+favou?r\\s+of|"
            + "supportive\\s+of))"
            + "|(?<con>oppose|opposes|opposed|reject|rejects|rejected|condemn|condemns|condemned|regret|regrets|"
            + "regretted|deplore|deplores|deplored|denounce|denounces|denounced|resist|resists|resisted|lament|"
            + "laments|lamented|decry|decries|decried|object\\s+to|objects\\s+to|objected\\s+to|vote\\s+against|"
            + "votes\\s+against|voted\\s+against|"
            + "(?:am|is|are|was|were|remain|remains)\\s+(?:\\w+\\s+)?(?:against|opposed\\s+to|hostile\\s+to)))"
            + "\\s+(?<what>[^,;:.!?\u2014()\"\u201c\u201d]{3,60})");
    /** Words by which the subject is no holder of an attitude but a clause of its own ("If you", "When they"). */
    private static final Set<String> NOT_A_SUBJECT = Set.of("if", "when", "whether", "unless", "because", "although",
            "though", "while", "since", "who", "which", "that", "what", "how", "why", "and", "but", "or", "to");
    /** Words before which "support" or "favour" is a noun: "not much support exists", "public support for". */
    private static final Set<String> BEFORE_A_NOUN = Set.of("the", "a", "an", "much", "little", "no", "any", "some",
            "more", "less", "of", "for", "their", "his", "her", "its", "our", "my", "your", "public", "popular",
            "strong", "growing", "broad", "widespread", "wide", "not", "with", "in", "without");
    /** Words after which "support" or "favour" was a noun: "support for the ban", "support among parents". */
    private static final Set<String> AFTER_A_NOUN = Set.of("for", "of", "from", "among", "is", "was", "has", "had",
            "exists", "remains", "grew", "grows");
    /** Where what the attitude is held towards ends: a clause of its own begins. */
    private static final Set<String> CLAUSE_START = Set.of("that", "which", "who", "because", "as", "since", "if",
            "when", "while", "although", "though", "but", "so", "until", "unless", "whether", "to");
    /** Words that put a condition on an attitude: "I would support this motion if it kept the allotments". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Objects that are propositions, not the target or the act: "reject the claim that the ban works". */
    private static final Set<String> PROPOSITIONS = Set.of("claim", "claims", "idea", "ideas", "notion", "argument",
            "arguments", "suggestion", "view", "premise", "assumption", "assertion", "logic", "case", "principle");
    /**
     * Propositions that name the proposal itself unless a clause follows: "back the idea", "backed the principle",
     * not "reject the idea that the ban works" or "backed the principle that polluters pay".
     */
    private static final Set<String> PROPOSALS = Set.of("idea", "principle");
    /** The motion under debate named as such, the object of a speaker's attitude: "I rise to oppose the motion". */
    private static final Set<List<String>> THE_MOTION = Set.of(List.of("the", "motion"), List.of("this", "motion"));
    /**
     * The motion debated, or the proposal or recommendation before the House, as the subject of what it would do or
     * does: "this motion would make trials less fair", "the motion confuses being open with being on television",
     * "this proposal asks the people of Westmoor to accept a worse service"; not what became of it ("the motion was
     * defeated").
     */
    private static final Pattern MOTION_DOES = Pattern.compile("(?i)\\b(?:the|this)\\s+(?:motion|proposal|"
            + "recommendation)\\s+(?<does>"
            + "(?:would|will|could|can|might|may|is|does|asks|offers|means)\\b[^,;:.!?\u2014]*|"
            + "(?!was\\b|has\\b)[a-z]{2,}s\\b[^,;:.!?\u2014]*)");
    /**
     * The speaker's call on the House to vote on the motion, the speaker's side whatever the sentence says before it:
     * "this motion asks us to sell something precious ..., and I urge colleagues to vote against it". "It" is the
     * motion only when the sentence names it; not another's call ("The administration asks us to support this
     * motion"), nor a call refused ("I would not urge anyone to support this motion").
     */
    private static final Pattern URGED_VOTE = Pattern.compile("(?i)\\b(?:i|we)\\s+(?:would\\s+|therefore\\s+|"
            + "strongly\\s+|now\\s+)?(?:urge|ask|invite|implore|call\\s+on|encourage)\\s+(?:[\\w'\u2019-]+\\s+){1,4}?"
            + "to\\s+(?:vote\\s+"
            + "(?<con>against)|vote\\s+for|(?<con2>reject|oppose|throw\\s+out)|support|back|endorse)\\s+"
            + "(?<it>it|this\\s+motion|the\\s+motion)\\b");
    /**
     * The speaker moving, seconding or commending the motion debated, the mover's side whatever the sentence says
     * after it: "I rise to move the motion standing in my name, which asks ...", "I commend this motion to the
     * council". A negator among the words before the verb refuses it ("I cannot commend this motion"); a motion
     * proposed to be something ("I propose the motion be deferred") or a move turned from after "but" ("I was ready
     * to second the motion, but the figures changed my mind") is none.
     */
    private static final Pattern MOVED = Pattern.compile("(?i)(?:\\b(?:i|we)\\s+(?<aux>(?:[\\w'\u2019]+\\s+){0,3}?)"
            // "thank you for the opportunity to move this motion"
            + "|\\b(?:thank\\s+you\\s+for\\s+the|it\\s+is\\s+(?:a|my)|it['\u2019]s\\s+(?:a|my))\\s+(?:great\\s+)?"
            + "(?:opportunity|privilege|honour|honor|pleasure|chance)\\s+(?:to|of)\\s+)"
            + "(?:move|moving|commend|commending|second|seconding|propose|proposing)\\s+(?:the|this)\\s+motion\\b"
            + "(?!\\s+be\\b)(?![^.;]*\\bbut\\b)");
    /** The motion debated named in a sentence. */
    private static final Pattern MOTION_NAMED = Pattern.compile("(?i)\\b(?:the|this)\\s+motion\\b");
    /** Nouns of a try whose aim follows with "to": "any attempt to raise", "plans to close", "the move to ban". */
    private static final Set<String> ATTEMPTS = Set.of("attempt", "attempts", "plan", "plans", "proposal",
            "proposals", "move", "moves", "bid", "bids", "effort", "efforts", "push", "drive", "scheme", "schemes");
    /**
     * The act as the subject of an attitude it met: "the proposal has met resistance from the cabinet", "the plan
     * has drawn fierce criticism", "the scheme has won broad support", or in the passive: "The proposal is backed by
     * children's charities". The attitude is someone's, towards the act.
     */
    private static final Pattern RECEIVED = Pattern.compile("(?i)^\\W*(?<what>(?:the|this)\\s+(?:[\\w-]+\\s+)?"
            + "(?:proposal|plan|plans|motion|idea|ban|scheme|move|measure|policy|change|reform|rule|law|bill))\\s+"
            // "The proposal is backed by children's charities", "the plan has been opposed by residents"
            + "(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
            + "(?<by>(?:not\\s+(?!only\\b))?(?:[a-z]+ly\\s+)?)"
            + "(?:(?<pro2>backed|supported|welcomed|endorsed|championed|favou?red)|(?<con2>opposed|criticised|"
            + "criticized|condemned|resisted|attacked|denounced))\\s+by\\b|"
            + "(?:has\\s+|have\\s+|had\\s+)?"
            + "(?:already\\s+|also\\s+)?(?:met|meets|faced|faces|drawn|drew|attracted|"
            + "attracts|provoked|sparked|run\\s+into|ran\\s+into|received|won|wins|gained|enjoys|enjoyed)\\s+"
            + "(?:with\\s+)?(?<how>(?:(?:a|an|some|much|fierce|stiff|strong|broad|wide|widespread|growing|"
            + "considerable|little|no|cross-party|local|public)\\s+){0,2})"
            + "(?:(?<con>resistance|opposition|criticism|objections?|"
            + "hostility|backlash|anger|protests?|condemnation|(?:angry|furious|hostile|frosty)\\s+(?:response|"
            + "reaction))|(?<pro>support|backing|praise|approval|acclaim|(?:warm|enthusiastic)\\s+(?:response|"
            + "reaction|welcome)))\\b)");
    /**
     * A campaign for or against something, by whoever made it: "more than 1,200 residents had signed a petition
     * against the plan", "a campaign calling for the ban"; not one denied ("no petition against the plan", "few
     * objections to it"), nor one against a proposition ("a campaign against the idea that ...").
     */
    private static final Pattern CAMPAIGNED = Pattern.compile("(?i)(?<denied>\\b(?:no|not\\s+a|few|little|barely\\s+a)"
            + "\\s+(?:[\\w-]+\\s+)?)?\\b(?:petition|petitions|campaign|campaigns|protest|protests|objections?|"
            + "demonstration)\\s+(?:(?<con>against|"
            + "opposing)|calling\\s+for|in\\s+support\\s+of|in\\s+favou?r\\s+of|supporting|backing)\\s+"
            + "(?<what>[^,;:.!?\u2014()\"\u201c\u201d]{3,60})");
    /** A turn set off by commas early in the sentence, before any other comma: "The proposal has, however, won". */
    private static final Pattern ASIDE = Pattern.compile("(?i)^([^,;]{0,60}?),\\s*(?:however|though)\\s*,");
    /** Words by which an attitude met is denied: "met little resistance", "no support", "barely supported by". */
    private static final Set<String> NONE_MET = Set.of("little", "no", "not", "barely", "hardly", "scarcely");

    /** How many words of what the attitude is held towards are read. */
    private static final int OBJECT_WORDS = 6;

    private StatedAttitude() {}

    /**
     * The writer's belief that something should be done: "That is why I believe cooking lessons should be
     * compulsory", "We think aid must not be cut". What should be done is the writer's case, whatever the reasons
     * given with it.
     */
    private static final Pattern BELIEVED = Pattern.compile("(?i)(?:^|\\bwhy\\s+|\\bso\\s+|,\\s*)(?:i|we)\\s+"
            + "(?:firmly\\s+|strongly\\s+|still\\s+|genuinely\\s+|honestly\\s+)?(?:believe|think|am\\s+convinced|"
            + "are\\s+convinced)\\s+(?:that\\s+)?"
            // not what someone else says should be done: "I think anyone who says lessons should be ... is wrong"
            // nor a call made in a clause of its own: "why we believe the sale would be a serious mistake, and why
            // councillors should reject it"
            + "(?:(?!\\b(?:who|that)\\s+(?:says?|argues?|thinks?|claims?|insists?)\\b|,\\s*and\\s+why\\b)"
            + "[^.;:?!]){2,80}?"
            + "\\b(?:should|must|ought\\s+to)\\b");

    /** Whether the clause states the writer's belief that something should be done ({@link #BELIEVED}). */
    static boolean advocated(String text) {
        return BELIEVED.matcher(text).find();
    }

    /** Those with the power to act whom a call names: "the government", "ministers", "councils", "we". */
    private static final String CALLED_ON = "(?:government|ministers|parliament|council|councils|congress|we|schools|"
            + "lawmakers|state|states)";
    /** "It is (now, high, surely, long past) time": the opening of a call made as a matter of time. */
    static final String TIME_FOR = "(?:it\\s+is|it['\u2019]s)\\s+(?:now\\s+|high\\s+|surely\\s+|long\\s+past\\s+)?time";

    /**
     * A call made outright by whoever has the power to act: "The government should make water meters compulsory",
     * "Ministers must ban ...". Not a question, and not a call made only under a condition ("... only if the trial
     * fails").
     */
    private static final Pattern CALLED = Pattern.compile("(?i)^\\W*(?:(?:so|and)\\W+)?(?:(?:(?:that|this)"
            // "And that, in a nutshell, is why the government should ..."
            // not "That, critics say, is why ...": reported, no call of the author's
            + "(?:,\\s*(?![^,]*\\b(?:say|says|said|argue|argues|claim|claims|according)\\b)[^,]{1,30},)?\\s+is\\s+"
            + "(?:exactly\\s+|precisely\\s+|just\\s+)?why|which\\s+is\\s+why)\\W+)?"
            + "(?:the\\s+)?" + CALLED_ON + "\\s+(?:should|must|ought\\s+to)\\s+(?![^?]*\\b(?:if|unless)\\b)[^?]*$");

    /**
     * A call made as a matter of time: "It is time to end the unpaid internship for good", "It is high time the
     * government banned them", "It's time for councils to act"; not one made only under a condition.
     */
    private static final Pattern TIME_CALLED = Pattern.compile("(?i)^\\W*(?:(?:so|and)\\W+)?" + TIME_FOR
            + "\\s+(?:for\\s+[^,;:.?]{1,60}?\\s+to\\s+|to\\s+"
            // not a call to own up: "It is time to admit that banning sunbeds has not worked"
            + "(?!(?:admit|accept|recogni[sz]e|acknowledge|face|concede|ask)\\b)|"
            + "(?:that\\s+)?(?:the\\s+)?" + CALLED_ON + "\\s+)(?![^?]*\\b(?:if|unless)\\b)[^?]*$");

    /** Whether the clause is a call for the act made outright ({@link #CALLED}, {@link #TIME_CALLED}). */
    static boolean called(String text) {
        String clause = text.strip();
        return CALLED.matcher(clause).find() || TIME_CALLED.matcher(clause).find();
    }

    /**
     * Whether the clause is the writer's own attitude stated outright: "I regret ...", "So yes, we oppose ...", "I
     * rise to move the motion" ({@link #MOVED}).
     */
    static boolean firstPerson(String text) {
        if (MOVED.matcher(text).find()) {
            return true;
        }
        Matcher m = STATED.matcher(MainClause.argued(text));
        return m.find() && Words.tokens(m.group("who")).stream().anyMatch(w -> w.equals("i") || w.equals("we"));
    }

    /**
     * The side towards the motion's target of the attitude the act met ({@link #RECEIVED}: "the proposal has met
     * resistance", "The proposal has, however, won backing from environmental groups"), 0 when the sentence tells
     * of none.
     */
    static int received(String text, Motion motion) {
        return received(text, MainClause.argued(text), motion);
    }

    /** As {@link #received(String, Motion)}, given the clause the text argues ({@link MainClause#argued}). */
    private static int received(String text, String argued, Motion motion) {
        // "The proposal has, however, won backing from ...": an aside that turns from the sentence before
        Matcher aside = ASIDE.matcher(text);
        Matcher received = RECEIVED.matcher(aside.find() ? MainClause.argued(aside.replaceFirst("$1 ")) : argued);
        if (!received.find()) {
            return 0;
        }
        // "the proposal has met resistance": the act named, opposed or backed
        boolean passive = received.group("by") != null;
        boolean none = Words.tokens(received.group(passive ? "by" : "how")).stream().anyMatch(NONE_MET::contains);
        int attitude = (received.group(passive ? "pro2" : "pro") != null ? 1 : -1) * (none ? -1 : 1);
        List<String> act = Words.tokens(received.group("what"));
        return act.getLast().equals("motion") ? attitude * motion.direction()
                : GroupVoice.side(attitude, received.group("what"), motion);
    }

    /**
     * The reading of a clause that states an attitude towards the motion's target or act, signed as for a group by
     * its side ({@link GroupVoice}); null when the clause states none, or states it towards something else.
     */
    static PolarityReader.@Nullable Reading read(String text, Motion motion) {
        String argued = MainClause.argued(text);
        int received = received(text, argued, motion);
        if (received != 0) {
            return new PolarityReader.Reading(PolarityReader.Frame.GROUP, received);
        }
        Matcher campaign = CAMPAIGNED.matcher(text);
        if (campaign.find() && campaign.group("denied") == null) {
            List<String> what = Words.tokens(campaign.group("what"));
            int end = clauseEnd(what);
            List<String> named = what.subList(0, Math.min(OBJECT_WORDS, end));
            // "a petition calling for the ban to be lifted": what is called for is the lifting, not the ban
            boolean goesOn = end < what.size() && what.get(end).equals("to");
            int side = goesOn || named.stream().anyMatch(PROPOSITIONS::contains) ? 0
                    : GroupVoice.side(campaign.group("con") != null ? -1 : 1, String.join(" ", named), motion);
            if (side != 0) {
                return new PolarityReader.Reading(PolarityReader.Frame.GROUP, side);
            }
        }
        Matcher urged = URGED_VOTE.matcher(text);
        if (urged.find() && (!urged.group("it").equalsIgnoreCase("it") || MOTION_NAMED.matcher(text).find())) {
            int attitude = urged.group("con") != null || urged.group("con2") != null ? -1 : 1;
            return new PolarityReader.Reading(PolarityReader.Frame.GROUP, attitude * motion.direction());
        }
        Matcher moved = MOVED.matcher(text);
        if (moved.find()) {
            boolean refused = moved.group("aux") != null
                    && Words.tokens(moved.group("aux")).stream().anyMatch(Lexicon.NEGATORS::contains);
            return new PolarityReader.Reading(PolarityReader.Frame.GROUP, (refused ? -1 : 1) * motion.direction());
        }
        // "I rise to oppose this motion, and I do so not because ..., but because ...": a side taken on the motion
        // debated is the speaker's whatever the clauses after it argue
        Matcher head = STATED.matcher(text);
        if (head.find() && namesTheMotion(Words.tokens(head.group("what")))) {
            PolarityReader.Reading side = stated(head, motion);
            if (side != null) {
                return side;
            }
        }
        Matcher m = STATED.matcher(argued);
        if (!m.find()) {
            // "Councillor Peter Dunne confirmed that his group would vote against the plan": the attitude reported
            String reported = MainClause.reported(text);
            m = reported == null ? m : STATED.matcher(reported);
            if (reported == null || !m.find()) {
                return motionJudged(text, motion);
            }
        }
        return stated(m, motion);
    }

    /**
     * The reading of the attitude {@code m} found ({@link #STATED}), signed as for a group by its side; null when it
     * has no holder, or is held towards something else or only on a condition.
     */
    private static PolarityReader.@Nullable Reading stated(Matcher m, Motion motion) {
        List<String> who = Words.tokens(m.group("who"));
        if (who.isEmpty() || NOT_A_SUBJECT.contains(who.getFirst()) || BEFORE_A_NOUN.contains(who.getLast())) {
            return null;
        }
        List<String> what = Words.tokens(m.group("what"));
        if (what.isEmpty() || AFTER_A_NOUN.contains(what.getFirst())) {
            return null;
        }
        // "oppose any attempt to raise the pension age": the attempt's aim is what the attitude is held towards
        if (what.size() > 2 && ATTEMPTS.contains(what.get(1)) && what.get(2).equals("to")) {
            what = what.subList(3, what.size());
        } else if (what.size() > 1 && ATTEMPTS.contains(what.get(0)) && what.get(1).equals("to")) {
            what = what.subList(2, what.size());
        }
        int end = clauseEnd(what);
        // "I would support this motion if it kept the allotments": an attitude held only on a condition
        boolean conditional = end < what.size() && CONDITIONS.contains(what.get(end));
        // "reject the idea that the ban works" holds an attitude towards a proposition; "back the idea, arguing ..."
        // towards the proposal
        boolean proposition = end > 0 && end < what.size() && PROPOSITIONS.contains(what.get(end - 1))
                && what.get(end).equals("that");
        what = what.subList(0, Math.min(OBJECT_WORDS, end));
        if (what.isEmpty() || proposition
                || what.stream().anyMatch(w -> PROPOSITIONS.contains(w) && !PROPOSALS.contains(w))) {
            return null;
        }
        List<String> aux = Words.tokens(m.group("aux"));
        // "I would not urge anyone to support this motion": a negator before the attitude's verb refuses it too
        boolean negated = aux.stream().anyMatch(Lexicon.NEGATORS::contains)
                ^ who.stream().anyMatch(Lexicon.NEGATORS::contains);
        int attitude = (m.group("pro") != null ? 1 : -1) * (negated ? -1 : 1);
        // "I rise to oppose the motion standing in the name of Councillor Patel": the motion named, then described
        if (namesTheMotion(what)) {
            if (conditional) {
                return null;
            }
            // "I urge you to oppose the motion": the motion debated is the motion read against; backing it is
            // backing its act, so the valence towards its target is the act's direction
            return new PolarityReader.Reading(PolarityReader.Frame.GROUP, attitude * motion.direction());
        }
        int side = GroupVoice.side(attitude, String.join(" ", what), motion);
        return side == 0 ? null : new PolarityReader.Reading(PolarityReader.Frame.GROUP, side);
    }

    /** Where what an attitude is held towards ends: the index of the first word of a clause of its own, or the size. */
    private static int clauseEnd(List<String> what) {
        int end = 0;
        while (end < what.size() && !CLAUSE_START.contains(what.get(end))) {
            end++;
        }
        return end;
    }

    /** Whether what an attitude is held towards opens by naming the motion debated ("this motion", "the motion"). */
    private static boolean namesTheMotion(List<String> what) {
        return what.size() >= 2 && THE_MOTION.contains(what.subList(0, 2));
    }

    /**
     * The reading of a clause that judges the motion debated by what it would do ("this motion would make trials
     * less fair"): its side is the sign of that judgement; null when the motion is no subject or nothing is judged.
     */
    private static PolarityReader.@Nullable Reading motionJudged(String text, Motion motion) {
        Matcher m = MOTION_DOES.matcher(text);
        if (!m.find()) {
            return null;
        }
        double valence = ClauseValence.of(Words.tokens(m.group("does")), motion);
        return valence == 0 ? null
                : new PolarityReader.Reading(PolarityReader.Frame.GROUP, Math.signum(valence) * motion.direction());
    }
}
