package org.casebook.ingest.stance;

import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Rhetoric;
import org.casebook.ingest.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one argument's polarity towards a motion from its words, as Bar-Haim et al. (2017) frame claim stance:
 * what the argument says about the motion's target or its action, and whether it says it in favour or against.
 * Concessions and contrasts are resolved first: in "Despite X, Y" and "X, but Y" only Y speaks. Then, in the main
 * clause: judging a decrease of the target (cutting aid, or putting it under control: "market regulation", see
 * {@link Controls}) well or badly, calling for more of it, saying there is too little of it, or judging the target
 * itself; negation within three words flips a word's valence. The result is
 * signed: positive for the motion, negative against, zero when the words give no sign. Stateless and thread-safe.
 */
final class PolarityReader {
    /** Nouns by which articles point back at a policy or its money ("such programs", "the strategy"). */
    static final Set<String> POLICY_NOUNS = Set.of("program", "programs", "programme", "programmes",
            "funding", "funds", "money", "payments", "assistance", "spending", "investment", "investments",
            "strategy", "policy", "policies", "initiative", "initiatives", "plan", "scheme", "measure", "measures");
    /** The policy nouns that, in an article on a prohibition, name the prohibition: "such a policy", "the measure". */
    private static final Set<String> PROHIBITION_NOUNS = Set.of("policy", "policies", "measure", "measures");
    /** Words that point back at a policy named before: "such a policy", "this measure", "the policy". */
    private static final Set<String> POINTING = Set.of("this", "that", "these", "those", "such", "the");
    /** The indefinite article, before a policy described by what it would do: "a policy that turns ...". */
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    /** Words that open a description of what a policy does: "a policy that", "a measure which". */
    private static final Set<String> DESCRIBING = Set.of("that", "which");
    /** How many words before a policy noun may hold the word that points back ("such an unfair policy"). */
    private static final int POINTING_REACH = 3;

    /**
     * Whether word {@code i}, a policy noun pointing back, stands for the motion's act: where the motion forbids a
     * thing, "such a policy" and "the measure" are the prohibition ("Such a policy would punish the wrong people"
     * argues against banning stoves; so does "a policy that turns half a town into rule-breakers"), not what it
     * forbids; "international policy" and "the climate policy" are not.
     */
    static boolean standsForAct(List<String> words, int i, Motion motion) {
        if (!motion.forbids() || !PROHIBITION_NOUNS.contains(words.get(i))) {
            return false;
        }
        for (int k = Math.max(0, i - POINTING_REACH); k < i; k++) {
            // "such an unfair policy", "this new measure", but "the" only right before: "the climate policy" is
            // another policy
            if (POINTING.contains(words.get(k)) && (k == i - 1 || !words.get(k).equals("the"))) {
                return true;
            }
        }
        // "a policy that turns half a town into rule-breakers": one described by what it would do
        return i >= 1 && INDEFINITE.contains(words.get(i - 1)) && i + 1 < words.size()
                && DESCRIBING.contains(words.get(i + 1));
    }

    /** Nouns for those a policy is for, when the motion names them ("those countries", "their governments"). */
    private static final Set<String> RECIPIENT_NOUNS = Set.of("countries", "country", "governments", "government",
            "regimes", "regime", "leaders", "officials", "recipients", "elites");
    /** Misconduct: what makes those a policy is for undeserving of it. */
    private static final Set<String> VICES = Set.of("corrupt", "corruption", "authoritarian", "indifferent",
            "incompetent", "unwilling", "abusive", "repressive", "dishonest", "negligent", "complicit", "wasteful",
            "embezzle", "embezzled", "embezzlement", "fraud", "cronyism", "kleptocratic", "lawless");
    /** Need: what makes them deserving of it. */
    private static final Set<String> NEEDS = Set.of("poverty", "poor", "hunger", "fleeing", "desperate", "desperation",
            "displaced", "vulnerable", "suffering", "starving", "hardship", "misery", "famine", "refugees");

    /** Someone's act: "his approach", "the president's decision", "Trump's move". */
    private static final java.util.regex.Pattern AGENT_ACTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:his|her|their|[A-Z][a-z]+[\u2019']s|the (?:president|administration|government|white house)[\u2019']s)"
            + "\\s+(?:\\w+\\s+)?(?:approach|decision|move|plan|proposal|threat|strategy|policy|order|retaliation|actions?)\\b");

    /** What an argument does with the motion's target: lowers it, raises it, finds it too small, judges it. */
    enum Frame { DECREASE, INCREASE, SCARCITY, ACTION, TARGET, RECIPIENT, GROUP, NONE }

    /**
     * The frame of an argument's main clause and the summed valence of its words; {@code denied} when the argument
     * is a question that expects no ("Should we really cut aid?"), so that it argues the opposite of its words.
     */
    record Reading(Frame frame, double valence, boolean denied) {
        Reading(Frame frame, double valence) {
            this(frame, valence, false);
        }
    }

    Reading frame(String text, Motion motion) {
        // "Number plates for cyclists: a costly answer to the wrong question": a headline that names its subject,
        // then what it is, says so
        Matcher named = HEADLINE_JUDGEMENT.matcher(text.strip());
        if (named.matches()) {
            text = named.group("subject") + " is " + named.group("judgement");
        }
        // "But it is not true that space money is thrown into the sky; every pound ...": the claim denied, read and
        // turned, up to the end of its clause
        Matcher denial = DENIED_CLAIM.matcher(text);
        if (denial.find()) {
            String claim = text.substring(denial.end()).split("[;:\u2014]", 2)[0];
            if (claim.length() > 15) {
                Reading claimed = frameOf(claim, motion);
                return new Reading(claimed.frame(), claimed.valence(), true);
            }
        }
        // a question quoted and tagged ("'... as well?' he asks.") is as rhetorical as one standing alone
        String spoken = MainClause.withoutSpeechTag(text);
        Reading asserted = frameOf(Rhetoric.asserted(spoken), motion);
        return Rhetoric.denies(spoken) ? new Reading(asserted.frame(), asserted.valence(), true) : asserted;
    }

    /**
     * As {@link #frame(String, Motion)}, for a sentence read after {@code before}: a judgement that points back to the
     * motion's act, named the motion's way in the sentence before ("... urging the government to set a date for
     * phasing out notes and coins. It is a bad idea."), judges that act; after an act undone ("Some councillors want
     * to lift the ban. That would be a serious mistake.") it does not.
     */
    Reading frame(String text, String before, Motion motion) {
        Reading r = frame(text, motion);
        // "It is a bad idea, and we should say so before it becomes policy": a policy word is no naming of the target
        boolean unnamed = r.frame() == Frame.NONE
                || r.frame() == Frame.TARGET && !names(Words.tokens(MainClause.text(text)), motion);
        if (unnamed && r.valence() != 0 && POINTED_JUDGEMENT.matcher(text).lookingAt()) {
            Reading act = frame(before, motion);
            boolean motionsWay = act.frame() == (motion.direction() < 0 ? Frame.DECREASE : Frame.INCREASE);
            if (motionsWay && !act.denied() && !undone(Words.tokens(before), motion)) {
                return new Reading(Frame.ACTION, r.valence(), r.denied());
            }
        }
        return r;
    }

    /**
     * Whether the motion's act is named as undone ("lift the ban", "repeal the charge"): within three words after a
     * word that lowers or lifts, as a group's side turns on them ({@link GroupVoice#undoes}).
     */
    private static boolean undone(List<String> words, Motion motion) {
        for (int i = 0; i < words.size(); i++) {
            if (motion.isAction(words.get(i)) && Reach.behind(words, i, 3, GroupVoice::undoes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that opens by pointing back and calling it a kind of move: "It is a bad idea", "That's a mistake",
     * "This would be a serious mistake"; not an argument judged ("This is the argument I find least persuasive") nor
     * what follows ("It was a mistake to wait so long").
     */
    private static final Pattern POINTED_JUDGEMENT = Pattern.compile("(?i)\\W*(?:but\\s+|and\\s+|yet\\s+)?"
            + "(?:it|this|that)(?:\\s+(?:is|was|would\\s+be|will\\s+be|remains)|['’]s)\\s+(?:an?\\s+)?"
            + "(?:\\w+\\s+){0,2}?"
            + "(?:idea|mistake|step|move|error|blunder|disaster|folly|gamble|success|failure|scandal|triumph)\\b"
            + "(?!\\s+(?:to|that|if|when)\\b)");

    private Reading frameOf(String text, Motion motion) {
        // "a reason to reform uniform policy, not to abolish it": a closing echo that names the act decides, before
        // the case the sentence makes for something else ("an argument for modernising the fee, not for scrapping it")
        String echo = MainClause.echo(text);
        if (echo != null && movesByTheAct(Words.tokens(echo), motion)) {
            return frameOf(echo, motion);
        }
        Reading turned = Alternatives.caseFor(text, motion);
        if (turned != null) {
            return turned;
        }
        Reading voiced = voiced(text, motion);
        if (voiced != null) {
            return voiced;
        }
        // the words of a name judge nothing and act on nothing ("a survey by the Schools Research Trust")
        String unnamed = withoutAppositive(Words.maskNames(text, w -> motion.isTarget(w) || motion.isComplement(w)),
                motion);
        String mainText = MainClause.text(unnamed);
        List<String> main = Words.tokens(mainText);
        // "Banning phones is not a cure-all, but it is a sensible first step": "it" is what the first part named
        List<String> all = Words.tokens(unnamed);
        List<String> words = !main.isEmpty() && main.size() < all.size()
                && POINTING_BACK.contains(main.getFirst()) && !names(main, motion) && names(all, motion) ? all : main;
        boolean target = words.stream().anyMatch(w -> Reach.targetOrPolicy(motion, w));
        Moves moves = moves(words, motion, target);
        boolean agentAction = AGENT_ACTION.matcher(text).find() || Controls.lawAgainstTarget(words, motion);
        boolean recipient = false;
        int conduct = 0;
        for (String w : words) {
            recipient |= motion.isComplement(w) || RECIPIENT_NOUNS.contains(w);
            // misconduct outweighs need in the same breath ("indifferent to the plight of their poor")
            conduct += VICES.contains(w) ? -2 : NEEDS.contains(w) ? 1 : 0;
        }
        // "It would also raise serious money": only a charge yields money, so a clause that says so speaks of it,
        // unless it moves something else as well ("raises money from the poor to fund programmes")
        boolean yielding = false;
        double yielded = 0;
        for (int i = 0; motion.charges() && i < words.size(); i++) {
            int yield = yields(words, i);
            yielding |= yield != 0;
            yielded += YIELD * yield;
        }
        // "a ban would simply push people to use barbecues on verges instead": where the act is said to fall short,
        // the more it leaves of the target is its failing, not a raise
        boolean failing = moves.decrease() && fails(words, motion);
        Frame frame = moves.decrease() && (!moves.increase() || failing) || yielding && !moves.increase()
                ? Frame.DECREASE
                : moves.increase() && !moves.decrease() ? Frame.INCREASE
                : moves.scarce() && target ? Frame.SCARCITY
                : agentAction ? Frame.ACTION
                : target ? Frame.TARGET
                : recipient && conduct != 0 ? Frame.RECIPIENT : Frame.NONE;
        // where the clause judges the target, an aside judges what it is about: "... a time of drilling; our teacher,
        // who was kind and clever, stopped reading stories" calls the teacher kind, not the tests
        // "Not every fire is a barbecue, but they are the biggest cause": where the main clause points back to the
        // target, it is what judges it, not the part conceded before it
        // "It is the cost of living, not the fee, that stops students from applying": where a contrast sets the
        // target aside, the judgement falls on the other thing and the target set against it is cleared
        String blamed = frame == Frame.TARGET ? blamedInstead(mainText, motion) : null;
        double valence = blamed != null ? -ClauseValence.of(Words.tokens(blamed), motion)
                : frame == Frame.TARGET && words == main ? judgedWhereNamed(mainText, motion)
                : ClauseValence.of(main, motion);
        if (frame == Frame.DECREASE) {
            valence += yielded;
            // "end these failed programs", "stop paying corrupt governments": a bad word for what is cut is a
            // reason for the cut, not a judgement of it
            valence -= 2 * judgedTarget(words, motion);
            if (valence == 0 && fails(words, motion)) {
                valence = FAILING; // "abolishing uniforms won't stop anyone"
            }
        } else if (valence == 0 && actFails(words, motion)) {
            // "A compulsory GCSE will not work", "Forcing every teenager to sit a language GCSE will not make Britain
            // multilingual": the act said to fall short, with no word that rates it, judges the act
            frame = Frame.ACTION;
            valence = FAILING;
        }
        if (movesTarget(frame) && (StatedAttitude.advocated(text)
                || StatedAttitude.called(text) && words.stream().anyMatch(motion::isAction)
                || callsForAct(words, motion))) {
            // "I believe cooking lessons should be compulsory until pupils leave school": the belief is the case,
            // the words around it no judgement of it; so is a call for the motion's act made outright ("Ministers
            // should ban discretionary service charges and let us all see what dinner really costs"), not for another
            // ("Congress should expand it, and leave the minimum wage to the states")
            valence = 0;
        }
        if (frame == Frame.TARGET && (statusQuo(words, motion) || underArrangementInPlace(all, motion))) {
            valence = -valence; // "the current system places a cruel burden on ...": a reason for the new one
        }
        List<String> lack = frame == Frame.TARGET ? withoutLack(words, motion) : null;
        if (lack != null) {
            // "teenagers who cannot cook suffer": what they suffer is said of the lack, read without the negator
            // that says it (which would otherwise turn the suffering as well)
            valence = -ClauseValence.of(lack, motion);
        }
        return new Reading(frame, conduct != 0 && frame == Frame.RECIPIENT ? conduct : valence);
    }

    /**
     * A description set off by commas that says what something else is by a relative clause: ", a nation that knows
     * more about skin cancer than most,".
     */
    private static final Pattern APPOSITIVE = Pattern.compile("(?i),\\s+(?:a|an)\\s+(?:[\\w'\u2019-]+\\s+){1,3}?"
            + "(?:who|that|which|whose)\\s+[^,;:]{1,120},\\s*");

    /**
     * The text without the descriptions ({@link #APPOSITIVE}) of things other than the target: "Australia, a nation
     * that knows more about skin cancer than most, phased them out" judges nothing by the cancer.
     */
    private static String withoutAppositive(String text, Motion motion) {
        Matcher m = APPOSITIVE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean names = Words.tokens(m.group()).stream().anyMatch(w -> Reach.targetOrPolicy(motion, w));
            m.appendReplacement(out, names ? Matcher.quoteReplacement(m.group()) : " ");
        }
        return m.appendTail(out).toString();
    }

    /** Modals of a call: "restaurants should be banned from adding these charges". */
    private static final Set<String> CALLING = Set.of("should", "must");

    /** Words before a call by which it is someone else's or judged: "It would be absurd to suggest ... should". */
    private static final Set<String> CALL_REPORTED = Set.of("suggest", "suggests", "suggested", "say", "says",
            "said", "claim", "claims", "claimed", "argue", "argues", "argued", "think", "thinks", "insist", "insists",
            "pretend", "pretends", "if", "unless", "whether");

    /**
     * Whether the clause calls for the motion's act in the passive, as the motion does: "That is precisely why
     * restaurants should be banned from adding these charges to bills"; not a call reported, judged or supposed
     * ("It would be absurd to suggest restaurants should be banned from adding these charges").
     */
    private static boolean callsForAct(List<String> words, Motion motion) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (CALL_REPORTED.contains(words.get(i)) || Lexicon.INSTANCE.valence(words.get(i)) != 0) {
                return false;
            }
            if (CALLING.contains(words.get(i)) && words.get(i + 1).equals("be") && motion.isAction(words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the frame moves the target: a decrease or an increase of it. */
    static boolean movesTarget(Frame frame) {
        return frame == Frame.DECREASE || frame == Frame.INCREASE;
    }

    /** The reading of who speaks or what is offered, when that decides: a group by its side, another way. */
    private static @Nullable Reading voiced(String text, Motion motion) {
        Reading voiced = GroupVoice.read(text, motion);
        if (voiced == null) {
            voiced = StatedAttitude.read(text, motion);
        }
        if (voiced == null) {
            voiced = GroupVoice.bare(text);
        }
        return voiced != null ? voiced : Alternatives.read(text, motion);
    }

    /** Which ways a clause moves the target: down, up, or found too small. */
    private record Moves(boolean decrease, boolean increase, boolean scarce) {}

    private static Moves moves(List<String> words, Motion motion, boolean target) {
        boolean decrease = false;
        boolean increase = false;
        boolean scarce = false;
        for (int i = 0; i < words.size(); i++) {
            // "lower the voting age": a word that lowers the age raises the voting, one that raises it lowers it
            int age = ageMove(words, i, motion);
            if (age != 0) {
                boolean up = age > 0 != Reach.negated(words, i);
                increase |= up;
                decrease |= !up;
                continue;
            }
            if (lowers(words, i, motion)) {
                // "should not cut it", "never reduce aid": a negated decrease keeps the target, and so does
                // lifting a control ("the elimination of centralized control")
                boolean kept = Reach.negated(words, i) || Controls.lifted(words, i);
                increase |= kept;
                decrease |= !kept;
            }
            if (raises(words, i, motion, target)) {
                // "no more money", "not paying": a negated increase is a decrease
                boolean negated = Reach.negated(words, i);
                decrease |= negated;
                increase |= !negated;
            }
            // "of little use to someone using a cane": worth denied, no scarcity of the target
            boolean worthless = i + 1 < words.size() && WORTH.contains(words.get(i + 1))
                    && !motion.isTarget(words.get(i + 1));
            scarce |= Lexicon.SCARCITY.contains(words.get(i)) && !worthless || smallShare(words, i, motion)
                    || low(words, i, motion) || poorIn(words, i, motion);
        }
        return new Moves(decrease, increase, scarce);
    }

    /** Words of worth after "little": "of little use", "of little value", "little point" judge, not measure. */
    private static final Set<String> WORTH = Set.of("use", "value", "help", "point", "effect", "benefit",
            "consequence", "importance", "relevance", "comfort");

    /** Copulas by which the target is said to be at a level: "the age is far too low". */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain");
    /** How many words may stand between the copula and "too low" ("is still far too low"). */
    private static final int LEVEL_REACH = 3;

    /**
     * Whether word {@code i} finds the target's level lowest or too low: "the lowest age of criminal responsibility
     * in Western Europe", or the target as the subject of "(is) too low" ("the age is far too low"); not a level
     * described ("the low age lets police intervene early") nor something else too low because of the target.
     */
    private static boolean low(List<String> words, int i, Motion motion) {
        String w = words.get(i);
        if (Reach.negated(words, i)) {
            return false;
        }
        if (w.equals("lowest")) {
            return Reach.ahead(words, i, 2, motion::isTarget);
        }
        if (!w.equals("low") || i < 2 || !words.get(i - 1).equals("too")) {
            return false;
        }
        for (int j = i - 2; j >= Math.max(0, i - 2 - LEVEL_REACH); j--) {
            if (COPULAS.contains(words.get(j))) {
                return j > 0 && motion.isTarget(words.get(j - 1));
            }
        }
        return false;
    }

    /** Words that, right before the target, say there is too little of it: "poor language skills". */
    private static final Set<String> POOR = Set.of("poor", "weak", "declining", "dwindling", "falling");

    /**
     * Whether word {@code i} finds the target poor or dwindling, right before it, for a motion that raises the target:
     * "the cost of poor language skills", "declining language learning". (For a motion that lowers it, "falling
     * diesel sales" may say the need is passing as well as that the act works.)
     */
    private static boolean poorIn(List<String> words, int i, Motion motion) {
        return motion.direction() > 0 && POOR.contains(words.get(i)) && i + 1 < words.size()
                && motion.isTarget(words.get(i + 1)) && !Reach.negated(words, i);
    }

    /** Words of smallness that, before a word of a part, say there is little of something. */
    private static final Set<String> SMALL = Set.of("small", "smaller", "minor", "negligible", "modest");
    /** Words of a part of a whole: "a small share of total waste". */
    private static final Set<String> PARTS = Set.of("share", "fraction", "proportion", "part", "portion",
            "percentage", "slice");

    /** How far before "a small share" the target may be named as what is small. */
    private static final int SHARE_REACH = 6;

    /**
     * Whether word {@code i} opens "small share", "minor part", "small fraction" and the target, named before it, is
     * that part ("cups are a relatively small share of total waste"), not the whole it is taken from ("a small share
     * of the species kept in zoos are endangered").
     */
    private static boolean smallShare(List<String> words, int i, Motion motion) {
        // "no small part of street litter" says the opposite
        return SMALL.contains(words.get(i)) && Reach.ahead(words, i, 2, PARTS::contains) && !Reach.negated(words, i)
                && Reach.behind(words, i, SHARE_REACH, w -> Reach.targetOrPolicy(motion, w));
    }

    /**
     * 1 when word {@code i} lowers the age of the target that the motion moves ("lower the voting age"), -1 when it
     * raises that age, 0 otherwise.
     */
    private static int ageMove(List<String> words, int i, Motion motion) {
        String w = words.get(i);
        int sense = Lexicon.DECREASE.contains(w) ? 1 : Lexicon.INCREASE.contains(w) ? -1 : 0;
        return sense != 0 && motion.movesAge(words, i) ? sense : 0;
    }

    /**
     * A decrease: the motion's own lowering verb, which keeps its sense when the motion negates it ("should not cut
     * aid"); a lowering word acting on the target; a control of the target; or, where the motion compels, choice.
     */
    private static boolean lowers(List<String> words, int i, Motion motion) {
        String w = words.get(i);
        // another word for a prohibition is the act when it acts on nothing else: "not outlaw them", "not
        // prohibition", but not "nobody is proposing to outlaw the tackle"
        return motion.isAction(w) && motion.actionLowers() && !actsElsewhere(words, i, motion) && !priced(words, i)
                || standsForAct(words, i, motion)
                || Lexicon.DECREASE.contains(w) && !motion.target().contains(w) && Reach.near(words, i, motion)
                || Controls.controls(words, i, motion) || Controls.absence(w, motion)
                || w.equals("without") && Reach.ahead(words, i, 2, motion::isTarget) || motion.isOption(w)
                || SWITCHING.contains(w) && i + 1 < words.size() && words.get(i + 1).equals("off")
                && Reach.near(words, i, motion);
    }

    /** Verbs that, with "off", stop something: "switch off the sunbeds for good", "turn off the lights". */
    private static final Set<String> SWITCHING = Set.of("switch", "switching", "switched", "turn", "turning",
            "turned");

    /** Verbs of selling, which may take the price they fetch after "for": "sells for more than". */
    private static final Set<String> SELLING = Set.of("sell", "sells", "sold", "selling");
    /** Words that, after "for", open a price: "sells for more than 10,000 pounds", "sold for about". */
    private static final Set<String> PRICE_OPENERS = Set.of("more", "less", "over", "under", "about", "around",
            "nearly", "almost", "just", "only", "up");

    /**
     * Whether word {@code i} is followed by the price it fetches ("land in this region sells for more than 10,000
     * pounds an acre"): a verb used so acts on nothing, whatever the motion's act.
     */
    private static boolean priced(List<String> words, int i) {
        if (i + 2 >= words.size() || !SELLING.contains(words.get(i)) || !words.get(i + 1).equals("for")) {
            return false;
        }
        String next = words.get(i + 2);
        return PRICE_OPENERS.contains(next) || Character.isDigit(next.charAt(0));
    }

    /**
     * Whether word {@code i}, another word for the prohibition a motion makes, acts on something other than the
     * target: "nobody is proposing to outlaw the tackle", not "outlawing the stoves" or "not outlaw them".
     */
    private static boolean actsElsewhere(List<String> words, int i, Motion motion) {
        return motion.forbids() && !Words.sameStem(motion.action(), words.get(i)) && Reach.actsOnAnother(words, i)
                && !Reach.near(words, i, motion);
    }

    /**
     * An increase: a raising word acting on the target, or the motion's own raising verb. "ending aid will ...
     * increase the very thing Trump claims he's trying to stop": where the clause names the target, the motion's
     * own verb raises it only when it acts on it, and where it does not, only when it acts on nothing of its own.
     */
    private static boolean raises(List<String> words, int i, Motion motion, boolean target) {
        String w = words.get(i);
        if (motion.charges() && yields(words, i) != 0) {
            return false; // "a wealth tax can raise serious money": the charge's yield, not more of what it taxes
        }
        if (describesPeople(words, i)) {
            return false; // "punish families who use barbecues": what people do describes them, it moves nothing
        }
        return Lexicon.INCREASE.contains(w) && Reach.near(words, i, motion)
                || motion.isAction(w) && !motion.actionLowers()
                && (Reach.near(words, i, motion) || !target && !Reach.actsOnAnother(words, i));
    }

    /** Words that may stand between "who" and what people do: "who still use", "who don't use". */
    private static final Set<String> HABITUAL = Set.of("not", "never", "dont", "do", "does", "doesnt", "still",
            "also", "often", "always", "regularly", "already", "rarely", "only");

    /** Whether word {@code i} says what people do, after "who": "families who (still) use barbecues". */
    private static boolean describesPeople(List<String> words, int i) {
        int who = whoBefore(words, i, 3);
        return who >= 0 && words.subList(who + 1, i).stream().allMatch(HABITUAL::contains);
    }

    /** The nearest "who" within the {@code reach} words before word {@code i}, or -1. */
    private static int whoBefore(List<String> words, int i, int reach) {
        for (int k = i - 1; k >= Math.max(0, i - reach); k--) {
            if (words.get(k).equals("who")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence ({@code all} its words) tells what happens under the arrangement in place, which a motion
     * that brings something in would change: "Under the current contract, lifeguards have had their pay frozen".
     */
    private static boolean underArrangementInPlace(List<String> all, Motion motion) {
        return motion.bringsIn() && all.size() > 2 && all.get(0).equals("under") && all.get(1).equals("the")
                && IN_PLACE.contains(all.get(2)) && motion.target().stream().noneMatch(IN_PLACE::contains);
    }

    /**
     * Whether the clause judges what the motion would replace: where the motion brings in a new arrangement ("an
     * opt-out system for organ donation"), "the current system" or "the existing rules" is the one in place, which
     * the motion ends, whether the motion is for bringing in the new one or against it. Only a generic head
     * ("system", "rules": "the current aid programs" are the aid itself), and not where the clause also names the
     * new arrangement ("Unlike the current system, an opt-out system ...").
     */
    private static boolean statusQuo(List<String> words, Motion motion) {
        if (!motion.bringsIn() || motion.target().stream().anyMatch(IN_PLACE::contains)) {
            return false;
        }
        boolean inPlace = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (motion.isTarget(w) && !GENERIC_HEADS.contains(w)) {
                return false;
            }
            // "the current system", "the current donation system"
            inPlace |= GENERIC_HEADS.contains(w) && motion.isTarget(w)
                    && (i >= 1 && IN_PLACE.contains(words.get(i - 1)) || i >= 2 && IN_PLACE.contains(words.get(i - 2)));
        }
        return inPlace;
    }

    /**
     * The summed valence of the parts of a clause that name the target or a policy, the clause cut where an aside
     * starts: at a dash, a bracket, a colon or semicolon, a relative clause (", who ...", ", which ..."), or a
     * second reported clause (", and that ..."). What a
     * part that does not name them rates is something else: "a basic income gives people the security to take risks:
     * a worker ... can walk away from an abusive employer" does not call the basic income abusive.
     */
    private static double judgedWhereNamed(String clause, Motion motion) {
        double sum = 0;
        for (String part : ASIDE.split(clause)) {
            List<String> words = Words.tokens(part);
            if (words.stream().anyMatch(w -> Reach.targetOrPolicy(motion, w))) {
                sum += ClauseValence.of(words, motion);
            }
        }
        return sum;
    }

    /**
     * Where an aside starts or ends: dashes, brackets, colons, semicolons, a comma before a relative pronoun, and a
     * second reported clause ("said that dogs disturbed nesting birds, and that a restriction would help them").
     */
    private static final Pattern ASIDE = Pattern.compile("[;:\u2014()]|,\\s*(?=(?:who|which|where|when|whose)\\b)"
            + "|,\\s+(?=and\\s+that\\b)"
            // a second clause with a subject of its own: "..., and the Boundary Commission itself looks at workload"
            + "|,\\s+(?=(?:and|but)\\s+(?:the|a|an|there)\\s)");

    /** A thing set aside by "not" in a contrast: ", not the fee,", "Poverty, not uniforms, holds ...". */
    private static final Pattern NOT_THIS = Pattern.compile("(?i),\\s*not\\s+(?<what>(?:[\\w'\u2019-]+\\s+){0,3}?"
            + "[\\w'\u2019-]+)\\s*,");

    /**
     * Where the clause names the target only as what it sets aside in a contrast ({@link #NOT_THIS}), the rest of
     * the clause, said of the other thing: "It is the cost of living, not the fee, that stops many working-class
     * students from applying" blames the cost of living and clears the fee. Null where the target is not set aside so.
     */
    private static @Nullable String blamedInstead(String clause, Motion motion) {
        Matcher m = NOT_THIS.matcher(clause);
        if (!m.find() || Words.tokens(m.group("what")).stream().noneMatch(motion::isTarget)) {
            return null;
        }
        String rest = clause.substring(0, m.start()) + " " + clause.substring(m.end());
        List<String> said = Words.tokens(rest);
        return said.isEmpty() || said.stream().anyMatch(motion::isTarget) ? null : rest;
    }

    /** Verbs by which a charge yields money: "would raise £300 million", "brings in billions". */
    private static final Set<String> YIELDING = Set.of("raise", "raises", "raised", "raising", "generate",
            "generates", "generated", "generating", "collect", "collects", "collected", "yield", "yields", "yielded");
    /** What a charge yields: money, by name or by amount. */
    private static final Set<String> REVENUE = Set.of("money", "revenue", "revenues", "billion", "billions",
            "million", "millions", "funds", "cash", "sums", "pounds", "dollars", "euros");
    /** How far after its verb what a charge yields may come ("raise serious money", "raise about 2 billion"). */
    private static final int YIELD_REACH = 4;
    /** The valence of a charge said to yield money (or, negated or scant, to yield little). */
    private static final double YIELD = 1.5;

    /**
     * 1 when word {@code i} says a charge yields money ("would raise £300 million", "can raise serious money"), -1
     * when it says it yields little or none ("would raise little revenue", "will not raise much"), 0 otherwise.
     */
    private static int yields(List<String> words, int i) {
        if (!YIELDING.contains(words.get(i)) || !Reach.ahead(words, i, YIELD_REACH, REVENUE::contains)) {
            return 0;
        }
        boolean scant = Reach.negated(words, i) || Reach.ahead(words, i, 2, w -> Lexicon.SCARCITY.contains(w)
                || w.equals("less") || w.equals("no") || w.equals("barely") || w.equals("hardly"));
        return scant ? -1 : 1;
    }

    /** How many words may stand between "who" and the target it says people lack: "who do not have cars". */
    private static final int LACK_REACH = 4;

    /**
     * Where the clause names the target only as what people lack ("teenagers who cannot cook", "families who do not
     * have a car"), its words without the negators that say so; null where it names the target otherwise.
     */
    private static @Nullable List<String> withoutLack(List<String> words, Motion motion) {
        List<String> kept = new ArrayList<>(words);
        boolean lacked = false;
        for (int i = 0; i < words.size(); i++) {
            if (!motion.isTarget(words.get(i))) {
                continue;
            }
            int who = whoBefore(words, i, LACK_REACH);
            if (who < 0 || words.subList(who + 1, i).stream().noneMatch(Lexicon.NEGATORS::contains)) {
                return null;
            }
            for (int k = who + 1; k < i; k++) {
                if (Lexicon.NEGATORS.contains(words.get(k))) {
                    kept.set(k, "");
                }
            }
            lacked = true;
        }
        kept.removeIf(String::isEmpty);
        return lacked ? kept : null;
    }

    /** Words that put an arrangement in place now ("the current system", "today's rules"). */
    static final Set<String> IN_PLACE = Set.of("current", "existing", "present", "old", "today");
    /** Heads that name an arrangement of any kind, and so may name the one in place as well as the new one. */
    static final Set<String> GENERIC_HEADS = Set.of("system", "systems", "scheme", "rules", "law", "laws",
            "model", "arrangement", "arrangements", "regime", "framework", "approach");

    /** The valence of the words right before the target, a policy or its recipients ("failed programs"). */
    private static double judgedTarget(List<String> words, Motion motion) {
        double sum = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            String qualifier = words.get(i);
            String noun = words.get(i + 1);
            // "would save money": after a modal the word is a verb acting on the noun, not a judgement of it
            boolean verb = i > 0 && BEFORE_VERB.contains(words.get(i - 1));
            boolean act = motion.isAction(qualifier) || Lexicon.DECREASE.contains(qualifier)
                    || Lexicon.INCREASE.contains(qualifier) || verb;
            // "free speech": a word of the target's own name is no judgement of it
            boolean judged = motion.isTarget(noun) || motion.isComplement(noun)
                    || POLICY_NOUNS.contains(noun) && !standsForAct(words, i + 1, motion)
                    || RECIPIENT_NOUNS.contains(noun);
            if (!act && !motion.isTarget(qualifier) && judged) {
                sum += Lexicon.INSTANCE.valence(qualifier);
            }
        }
        return sum;
    }

    /** How much a quotation's or a standalone claim's words count in judging the target, against its tone. */
    private static final double QUOTED_WORDS = 0.1;

    /**
     * Whose words an argument is, which decides how far its tone stands in for its words: a standalone claim and a
     * quotation are about the motion by construction, the author's narration need not be.
     */
    enum Source {
        /** The author's narration: only its words give a sign. */
        AUTHOR,
        /**
         * Someone's position told in the author's words ("Councillor Oduya said that complaints had doubled"): about
         * the motion, so its tone counts where its words give no sign, and its words judge as the author's do.
         */
        REPORTED,
        /**
         * A quotation or a standalone claim: about the motion, and its tone a better judge of the target than its
         * words (which in a quotation often judge something else: "I love the birds as much as anyone").
         */
        QUOTED
    }

    /**
     * The argument's polarity towards the motion from its words alone, given {@code tone}, the approval the
     * argument's meaning carries (0 when unknown): judging a decrease well is for a motion to decrease; calling for
     * more, or finding there is too little, is for a motion to increase; judging the target well is for a motion
     * that favours it. An argument that names neither target nor action takes the sign of its tone unless it is the
     * author's narration ({@link Source}). Signed: positive for the motion, negative against, zero when nothing
     * gives a sign.
     */
    double read(String text, Motion motion, double tone, Source source) {
        return read(frame(text, motion), motion, tone, source, motion.actSign());
    }

    /**
     * As {@link #read(String, Motion, double, Source)}, for an argument already framed; {@code actSign} says how
     * someone's act ("his approach") stands to the motion: 1 when it is the motion's act, -1 when it is the opposite
     * (an article on cutting aid, read against a motion to increase it).
     */
    double read(Reading r, Motion motion, double tone, Source source, int actSign) {
        double v = r.valence();
        int d = motion.direction();
        double said = switch (r.frame()) {
            // Tone cannot tell approval of a cut from disapproval of what is cut: the words decide.
            case DECREASE -> (v == 0 ? 0.4 : Math.signum(v) * Math.min(1, Math.abs(v) / 2 + 0.3)) * -d;
            case INCREASE -> (v < 0 ? -0.7 : 0.8) * d;
            case SCARCITY -> 0.8 * d;
            // a group named by its side ("supporters of the ban"): its side, whatever words it argues with
            case GROUP -> Math.signum(v) * d;
            // "the president's decision", "his strategy": the act the motion is about, judged as such
            case ACTION -> (v == 0 ? tone : Math.signum(v) * Math.min(1, Math.abs(v) / 2 + 0.2) + tone) * actSign;
            // a standalone claim's tone is the better judge of its target; in the author's words the words are
            case TARGET -> (v == 0 ? 0 : (source == Source.QUOTED ? QUOTED_WORDS : 1) * Math.signum(v)
                    * Math.min(1, Math.abs(v) / 2 + 0.2)) * d + tone * d;
            // those the act is for: misconduct argues against giving them more, need argues for it
            case RECIPIENT -> Math.signum(v) * 0.8 * d;
            case NONE -> source != Source.AUTHOR ? tone * d : 0;
        };
        return r.denied() ? -said : said;
    }

    /**
     * How an argument's approval (its tone) bears on the motion, by its frame: approving the target or more of it is
     * for a motion that favours it, approving someone's act is for the act. A decrease, scarcity and those the act
     * is for are read from the words alone: "cutting aid is the right call" approves, but of the cut, and "cutting
     * aid would be a disaster for the poor" disapproves, of the cut too; tone cannot tell which the claim judges.
     */
    static int approvalSign(Frame frame, Motion motion) {
        return switch (frame) {
            case TARGET, NONE, INCREASE -> motion.direction();
            case ACTION -> motion.actSign();
            case DECREASE, SCARCITY, RECIPIENT, GROUP -> 0;
        };
    }

    double read(String text, Motion motion) {
        return read(text, motion, 0, Source.AUTHOR);
    }

    /**
     * A verb of doing denied outright: "will not work", "cannot meet", "does nothing to close a recurring gap".
     */
    private static final String DOING_DENIED = "(?:would|will|does|do|did|could|can)\\s+not\\b"
            + "|(?:wouldnt|wont|doesnt|dont|didnt|couldnt|cannot|cant)\\b"
            + "|(?:(?:would|will|could|can)\\s+)?" + Words.EFFECT_DENIED;
    /**
     * The act said to fall short, with no word that rates it: "won't stop anyone", "would simply mean buying plastic
     * bin bags instead". Read as a mild judgement against the act.
     */
    private static final Pattern FAILS = Pattern.compile("^(?:" + DOING_DENIED
            + "|(?:would|will)\\s+(?:simply|just|merely|only)\\s+(?:mean|send|push|shift|move|drive)\\b)");
    /** How far before the failing verb the act must stand, as its subject: "abolishing uniforms would not". */
    private static final int FAILING_REACH = 3;
    /** The valence of an act said to fall short: a mild judgement against it. */
    private static final double FAILING = -1;

    /** Whether the act is the subject of a verb of falling short ({@link #FAILS}). */
    private static boolean fails(List<String> words, Motion motion) {
        // "Banning resale above face value would only drive the trade underground": the gerund that opens the clause
        return failing(words, FAILS, w -> motion.isAction(w) || Lexicon.DECREASE.contains(w), motion,
                opensWithGerund(words));
    }

    /** A verb of doing denied, falling short said outright ({@link #DOING_DENIED}), not "would just mean". */
    private static final Pattern FAILS_OUTRIGHT = Pattern.compile("^(?:" + DOING_DENIED + ")");
    /** How many words the subject of "is" may have for the motion's act among them to be what falls short. */
    private static final int SUBJECT_REACH = 8;
    /** How far after "is" the failing verb may stand, in what the act is said to be ("a deadline drivers cannot"). */
    private static final int PREDICATE_REACH = 8;
    /** How far into a clause the failing verb may stand after a gerund that names the act and opens it. */
    private static final int GERUND_REACH = 12;
    /** Words that open another clause: a failing verb after them is not the act's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "because", "who", "which", "that",
            "when", "if", "while", "where", "so");

    /**
     * Whether the motion's own act is the subject of a verb that falls short outright ({@link #FAILS_OUTRIGHT}):
     * named just before it ("a compulsory GCSE will not work"), as the gerund that opens the clause ("Forcing every
     * teenager to sit a language GCSE will not make ..."), or as the subject of "is" ({@link #failing}).
     */
    private static boolean actFails(List<String> words, Motion motion) {
        return failing(words, FAILS_OUTRIGHT, motion::isAction, motion, opensWithGerund(words));
    }

    /** Whether the clause opens with a gerund ("Forcing every teenager to ...", "Banning resale ..."). */
    private static boolean opensWithGerund(List<String> words) {
        return !words.isEmpty() && MotionForms.gerund(words.getFirst());
    }

    /**
     * Whether a word {@code act} accepts is the subject of a verb {@code verbs} matches: within
     * {@link #FAILING_REACH} words before it; where {@code gerund}, as the clause's first word, the verb within
     * {@link #GERUND_REACH} words and no other clause opened between; or, when the motion's own act is the subject
     * of "is" ("The 2030 petrol car ban is a deadline drivers cannot meet"), in what follows "is", within
     * {@link #PREDICATE_REACH} words and no other clause opened between.
     */
    private static boolean failing(List<String> words, Pattern verbs, Predicate<String> act, Motion motion,
            boolean gerund) {
        boolean opening = gerund && act.test(words.getFirst());
        int copula = words.indexOf("is");
        boolean subject = copula > 0 && copula <= SUBJECT_REACH
                && words.subList(0, copula).stream().anyMatch(motion::isAction);
        for (int i = 1; i < words.size(); i++) {
            if (CLAUSE_OPENERS.contains(words.get(i))) {
                opening = false;
                subject &= i < copula;
            }
            if (verbs.matcher(String.join(" ", words.subList(i, Math.min(words.size(), i + 4)))).find()) {
                if ((opening && i <= GERUND_REACH) || (subject && i > copula && i - copula <= PREDICATE_REACH)) {
                    return true;
                }
                for (int j = Math.max(0, i - FAILING_REACH); j < i; j++) {
                    if (act.test(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A headline of a subject and, after a colon, a noun phrase for what it is; no sentence mark closes it. */
    private static final Pattern HEADLINE_JUDGEMENT = Pattern.compile("(?i)(?<subject>[^:;.!?\\s]+\\s+[^:;.!?]{2,80}):"
            + "\\s+(?<judgement>(?:an?|the)\\s+[^:;.!?]{3,80})");

    /**
     * A claim called untrue ("it is not true that", "it is a myth that", "it is simply false that"), doubted ("it
     * is not clear that", "it is doubtful whether"), said to lack evidence ("there is no evidence that", "has never
     * published any evidence that"), not to be pretended or assumed ("Nor should we pretend that", "Nor should we
     * assume that") or past the speaker's belief ("I would be astonished if").
     */
    private static final Pattern DENIED_CLAIM = Pattern.compile("(?i)\\b(?:it\\s+is|it['\u2019]s|it\\s+was)\\s+"
            + "(?:simply\\s+|just\\s+)?(?:not\\s+true|untrue|false|a\\s+myth|nonsense)\\s+(?:to\\s+say\\s+)?that\\s+"
            // "It is not clear that cities have the power to impose a levy": doubted, and so denied
            + "|\\b(?:it\\s+is|it['\u2019]s)\\s+(?:not\\s+(?:at\\s+all\\s+)?clear|unclear|far\\s+from\\s+clear"
            + "|doubtful)\\s+(?:that|whether)\\s+"
            // "Nor is it clear that residents read it."
            + "|\\bnor\\s+is\\s+it\\s+(?:at\\s+all\\s+)?clear\\s+(?:that|whether)\\s+"
            // "there is \"no clear evidence\" that licensing pushed up rents", "little evidence that this happened",
            // "the city has never published any evidence that the policy cut emissions"
            // "Nor is there any evidence that the ban keeps the greens safer"
            + "|(?:(?<!\\ba\\s)\\b(?:no|little|scant)"
            + "|\\bnor\\s+(?:(?:is|was)\\s+there|has\\s+there\\s+been)(?:\\s+any)?"
            + "|\\b(?:never|not|yet\\s+to)\\s+(?:been\\s+)?(?:published|produced|"
            + "seen|found|offered|provided|presented|shown|cited|publish|produce|see|find|offer|provide|present|show|"
            + "cite)\\s+any)\\s+(?:(?:real|clear|hard|good|firm|convincing|reliable|consistent|strong|robust|solid"
            + "|credible)\\s+)?"
            + "evidence[\"\u201d]?\\s+(?:to\\s+(?:suggest|show)\\s+)?that\\s+"
            // "Nor should we pretend that a ban is the only lever we have", "It would be dishonest to pretend that"
            + "|\\b(?:(?:nor|never)\\s+(?:should|must|can)\\s+(?:we|you|anyone)|(?:we|you)\\s+"
            + "(?:(?:should|must)\\s+not|shouldn['\u2019]t|mustn['\u2019]t|cannot|can['\u2019]t)|let['\u2019]?s\\s+not"
            + "|let\\s+us\\s+not|would\\s+be\\s+(?:dishonest|foolish|wrong)\\s+to|keep)\\s+"
            + "(?:pretend(?:ing)?|assum(?:e|ing))\\s+that\\s+"
            // "I would be astonished if the real figure reached half that": doubted past belief
            + "|\\b(?:i|we)\\s+(?:would|should)\\s+be\\s+(?:very\\s+|most\\s+)?(?:amazed|astonished|surprised)"
            + "\\s+if\\s+");

    private static final Set<String> POINTING_BACK = Set.of("it", "this", "that", "they", "these", "such");

    /** Whether the words name the motion's act, or a lowering or raising of its target ("scrap uniforms", "cut it"). */
    private static boolean movesByTheAct(List<String> words, Motion motion) {
        boolean onTarget = words.stream().anyMatch(w -> motion.isTarget(w) || w.equals("it") || w.equals("them"));
        return words.stream().anyMatch(w -> motion.isAction(w)
                || onTarget && (Lexicon.DECREASE.contains(w) || Lexicon.INCREASE.contains(w)));
    }

    /** Whether the words name the motion's target, its act or those it is for. */
    private static boolean names(List<String> words, Motion motion) {
        return words.stream().anyMatch(w -> motion.isTarget(w) || motion.isAction(w) || motion.isComplement(w));
    }

    /** Words after which the next is a verb: modals ("to" is a preposition as often: "money to corrupt rulers"). */
    private static final Set<String> BEFORE_VERB = Set.of("would", "will", "should", "must", "can", "could", "may",
            "might", "wont", "cannot", "wouldnt", "couldnt", "shouldnt", "cant", "mustnt");
}
