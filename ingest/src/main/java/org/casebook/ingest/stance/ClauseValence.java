package org.casebook.ingest.stance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.ingest.lexicon.Lexicon;

/** How approving the words of a clause are, from the lexicon, negation and effect verbs. Stateless. */
final class ClauseValence {
    private ClauseValence() {}

    /** Two words that say how much before "of", whatever they rate alone: "the best part of", "a great deal of". */
    private static final Set<String> QUANTITY = Set.of("best part", "better part", "good deal", "great deal",
            "fair amount", "fair bit", "good few");
    /**
     * Words that may follow "for good" meaning for ever ("switch off the sunbeds for good, and ..."): the clause
     * ends or another begins; before anything else ("for good reason", "funding for good teachers") it praises.
     */
    private static final Set<String> AFTER_FOR_EVER = Set.of("and", "but", "so", "because", "if", "when", "while",
            "after", "before", "since", "unless", "then", "now", "this", "that", "it", "they", "we");
    /** Verbs of hoping, which rate nothing of their own after "I" or "we": what is hoped for does. */
    private static final Set<String> HOPING = Set.of("hope", "trust", "wish");
    /** Nouns for a proposal as a thought, praised in passing before what undoes it: "a nice idea we cannot afford". */
    private static final Set<String> NOTIONS = Set.of("idea", "ideas", "aim", "aims", "ambition", "sentiment",
            "intention", "intentions", "gesture", "goal", "thought", "notion");
    /** Words that turn against what came before: "a nice idea, but ...". */
    private static final Set<String> TURNS = Set.of("but", "yet");
    /** How many words after the notion may hold what undoes the praise of it. */
    private static final int CONCEDED_REACH = 6;

    /**
     * Whether the word at {@code i} is praise of a notion ("a nice idea", "a noble aim") that the words after it
     * undo: a negator or a turn within {@value #CONCEDED_REACH} words ("a nice idea we cannot afford", "a noble aim,
     * but ..."), not "a good idea that will reduce hunger". The praise is granted; the rest is the judgement.
     */
    private static boolean conceded(List<String> words, int i) {
        if (i + 1 >= words.size() || !NOTIONS.contains(words.get(i + 1))
                || Lexicon.INSTANCE.valence(words.get(i)) <= 0) {
            return false;
        }
        for (int j = i + 2; j < Math.min(words.size(), i + 2 + CONCEDED_REACH); j++) {
            if (Lexicon.NEGATORS.contains(words.get(j)) || TURNS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sum of word valences, each flipped (and damped) by a negator within the three words before it. What an effect
     * verb acts on takes the verb's direction: "reduces crime" is good, "increases the chance of war" bad; the verb's
     * own valence counts only when nothing it acts on has one ("harms children"). A verb acting on the motion's
     * target or a policy ("cut aid") is the frame's business, not an effect. Driving people from home or into a
     * choice counts as a harm ({@link #coercion}).
     */
    static double of(List<String> words, Motion motion) {
        double sum = 0;
        int scopeEnd = -1;
        double scopeSign = 1;
        double unjudged = 0; // the last effect verb's own valence, counted if nothing it acts on has one
        double[] plain = new double[words.size()]; // what each word added outside an effect verb's reach
        // "Nobody has ever been taxed into loving lentils": the subject denies every word of the clause (read so in
        // the frames' moves as well, Reach.negated, the unseen reports fall 463 -> 457 of 781)
        boolean denied = Reach.deniedBySubject(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("dropped") && i > 0 && BE.contains(words.get(i - 1))) {
                continue; // "It is a bad idea, and it should be dropped": abandoned, not a measure that fell
            }
            if (FALLING.contains(w)) {
                // "asthma attacks fell by half", "the benefits can fade": what falls is lessened
                int sign = Reach.negated(words, i) || denied ? 1 : -1;
                for (int j = Math.max(0, i - FALL_REACH); j < i; j++) {
                    sum += (sign - 1) * plain[j];
                    plain[j] = 0;
                }
                continue;
            }
            // "would throw that benefit away", not "throw their support behind"
            boolean lowering = LOWERING.contains(w) && (!THROWING.contains(w)
                    || Reach.ahead(words, i, 4, x -> x.equals("away") || x.equals("out")))
                    || stopping(words, i);
            // "the cuts would harm people", "fuel is expensive": a subject before its verb acts on nothing
            boolean subject = i + 1 < words.size() && AUXILIARIES.contains(words.get(i + 1));
            int effect = subject ? 0 : lowering ? -1 : RAISING.contains(w) ? 1 : 0;
            if (i <= scopeEnd && HARM_NOUNS.contains(w)) {
                effect = 0; // "reduces harm", "prevents damage": the noun is what the verb acts on
            }
            boolean onTarget = Reach.near(words, i, motion);
            if (effect != 0 && !onTarget) {
                sum += unjudged;
                scopeEnd = i + EFFECT_REACH;
                boolean negated = Reach.negated(words, i) || denied;
                scopeSign = effect * (negated ? -1 : 1);
                unjudged = Lexicon.INSTANCE.valence(w) * (negated ? -0.75 : 1);
                continue;
            }
            if (motion.isAction(w) || (Lexicon.DECREASE.contains(w) || Lexicon.INCREASE.contains(w)) && onTarget) {
                continue; // the act itself ("cut", valence -1.1 in the lexicon) is not a judgement of it
            }
            if (motion.isTarget(w) || motion.isComplement(w) && i > scopeEnd) {
                // the target's own name ("holiday fines", "energy drinks") is no judgement of it, nor are the
                // motion's words for whom or where it acts ("every child who leaves primary school unable to swim"),
                // unless a verb acts on them ("free meals reduce poverty")
                continue;
            }
            if (w.equals("like") && (i == 0 || !LIKING.contains(words.get(i - 1)))) {
                continue; // "shops like mine", "countries like Sweden": a preposition, no liking
            }
            if (i + 2 < words.size() && QUANTITY.contains(w + " " + words.get(i + 1))
                    && words.get(i + 2).equals("of")) {
                i++; // "for the best part of two decades", "a great deal of money": how much, no judgement
                continue;
            }
            if (w.equals("for") && i + 1 < words.size() && words.get(i + 1).equals("good")
                    && (i == 0 || !words.get(i - 1).equals("force"))
                    && (i + 2 == words.size() || AFTER_FOR_EVER.contains(words.get(i + 2)))) {
                i++; // "switch off the sunbeds for good": for ever, no praise; not "for good reason"
                continue;
            }
            if (HOPING.contains(w) && i > 0 && (words.get(i - 1).equals("i") || words.get(i - 1).equals("we"))) {
                continue; // "I hope councillors will think again": what is hoped for judges, not the hoping
            }
            if (conceded(words, i)) {
                continue; // "a nice idea we cannot afford": the praise granted before the judgement that counts
            }
            int free = COSTING.contains(w) ? pricedAtNothing(words, i) : -1;
            if (free > 0) {
                sum += CHEAP; // "banning a machine costs almost nothing", "would cost very little": cheap
                i = free;
                continue;
            }
            if (w.equals("dearly") && Reach.behind(words, i, 3, PAYING::contains)) {
                sum += DEARLY; // "would cost passengers dearly", "will pay dearly": a price paid, not affection
                continue;
            }
            if (easilyDefeated(words, i)) {
                // "Plates would also be easy to remove or obscure": a weakness, not an ease
                sum += Reach.negated(words, i) ? -0.75 * DEFEATED : DEFEATED;
                i += 2;
                continue;
            }
            if (affirmedByDifficulty(words, i)) {
                i += 2; // "the gains are hard to dismiss", "the risks are hard to ignore": the subject says which way
                continue;
            }
            double v = i + 1 < words.size() ? Lexicon.INSTANCE.phrase(w, words.get(i + 1)) : 0;
            if (v != 0) {
                i++;
            } else if (!Lexicon.NEGATORS.contains(w)) {
                v = Lexicon.INSTANCE.valence(w);
                if (lessened(words, i)) {
                    v = -LESSENED * v; // "would make streets less safe", "fewer deaths"
                }
            }
            if (v == 0) {
                continue;
            }
            if (i <= scopeEnd) {
                sum += scopeSign * v;
                unjudged = 0;
                continue;
            }
            // "cannot ... with any confidence": what is out of reach is as good as denied
            plain[i] = Reach.negated(words, i) || denied || v > 0 && Reach.outOfReach(words, i) ? -0.75 * v : v;
            sum += plain[i];
        }
        // where the motion compels ("make voting compulsory"), forcing people is the act, not a harm it does
        return sum + unjudged + (motion.compels() ? 0 : coercion(words));
    }

    /**
     * Driving people from their homes or into a choice: "would push more families to migrate north", "children
     * forced to work", a harm to them whatever the words after it say. Institutions pushed to act ("push the
     * governments to reform") are not counted, nor is a negated push ("would not force families to leave"). People
     * before the verb count only when they undergo it ("families are forced to leave", "children forced into
     * work"), not when they do it ("parents pushed for more aid").
     */
    private static double coercion(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!COERCING.contains(w) || Reach.negated(words, i)) {
                continue;
            }
            boolean undergone = PASSIVE_COERCING.contains(w) && (i > 0 && BE.contains(words.get(i - 1))
                    || i + 1 < words.size() && INTO.contains(words.get(i + 1)));
            for (int j = Math.max(0, i - 3); j < Math.min(words.size(), i + 4); j++) {
                if (PEOPLE.contains(words.get(j)) && (j > i || undergone)) {
                    return COERCION_VALENCE;
                }
            }
        }
        return 0;
    }

    /**
     * Words after which "like" is the verb of liking ("I like", "we'd like", "would like", "those who like"): a
     * pronoun or an auxiliary; after anything else it is the preposition ("people like me", "shops like mine"),
     * which rates nothing, and so is a noun subject's verb ("Residents like the scheme"), left unrated.
     */
    private static final Set<String> LIKING = Set.of("i", "we", "you", "they", "he", "she", "who", "id", "wed",
            "would", "do", "does", "did", "dont", "doesnt", "didnt", "to", "really", "genuinely");

    /** Words of difficulty that, before "to" and a verb of setting aside, affirm what they speak of. */
    private static final Set<String> DIFFICULT = Set.of("hard", "difficult", "impossible", "tough");
    /** Verbs of setting a point aside, or of making too much of it ("hard to overstate" the harms). */
    private static final Set<String> DISMISSING = Set.of("deny", "dismiss", "ignore", "refute", "dispute",
            "overlook", "fault", "doubt", "overstate", "exaggerate");

    /**
     * Whether words {@code i..i+2} call what they speak of hard to set aside ("hard to dismiss", "hard to deny"): the
     * three words then rate nothing themselves, and what is affirmed keeps its own valence.
     */
    private static boolean affirmedByDifficulty(List<String> words, int i) {
        return beforeVerb(words, i, DIFFICULT, DISMISSING);
    }

    /** Whether word {@code i} is one {@code first} holds, then "to", then a verb {@code verbs} holds. */
    private static boolean beforeVerb(List<String> words, int i, Set<String> first, Set<String> verbs) {
        return i + 2 < words.size() && first.contains(words.get(i)) && words.get(i + 1).equals("to")
                && verbs.contains(words.get(i + 2));
    }

    /** Verbs of a price, before what it is: "costs almost nothing" (not "pay nothing", a price not yet paid). */
    private static final Set<String> COSTING = Set.of("cost", "costs", "costing");
    /** Verbs of a price paid, before "dearly": "cost passengers dearly", "paid dearly". */
    private static final Set<String> PAYING = Stream.concat(COSTING.stream(), Stream.of("pay", "pays", "paid",
            "paying")).collect(Collectors.toUnmodifiableSet());
    /** The valence of a price paid dearly. */
    private static final double DEARLY = -1.5;
    /** The valence of a price of nothing or little: "costs almost nothing". */
    private static final double CHEAP = 1.0;
    /** How far after a verb of cost its price of nothing may come: "costs next to nothing". */
    private static final int PRICE_REACH = 3;

    /**
     * The index of "nothing" or "little" (not "a little") within {@value #PRICE_REACH} words after the verb of cost
     * at {@code i}, the price it names ("costs almost nothing", "would cost very little"), or -1.
     */
    private static int pricedAtNothing(List<String> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + PRICE_REACH + 1); j++) {
            if (words.get(j).equals("nothing") || words.get(j).equals("little") && !words.get(j - 1).equals("a")) {
                return j;
            }
        }
        return -1;
    }

    /** Words of ease that, before "to" and a verb of getting round something, name a weakness of it. */
    private static final Set<String> EASY = Set.of("easy", "easier", "simple");
    /** Verbs of getting round, hiding or faking what is meant to bind: "easy to remove or obscure". */
    private static final Set<String> DEFEATING = Set.of("remove", "obscure", "evade", "dodge", "forge",
            "fake", "cheat", "circumvent", "bypass", "abuse", "exploit", "game", "steal", "flout");
    /** The valence of a thing called easy to get round. */
    private static final double DEFEATED = -1.5;

    /** Whether words {@code i..i+2} call what they speak of easy to get round ("easy to remove", "easy to evade"). */
    private static boolean easilyDefeated(List<String> words, int i) {
        return beforeVerb(words, i, EASY, DEFEATING);
    }

    /** How much of a word's valence turns when "less" or "fewer" comes right before it. */
    private static final double LESSENED = 0.75;
    /** Words after "less" that pass the lessening on to what follows: "less likely to reoffend". */
    private static final Set<String> LIKELY = Set.of("likely", "prone", "apt");
    /** How far after "less likely" what is lessened may come ("less likely to be sent back to prison"). */
    private static final int LIKELY_REACH = 5;
    /** Words that lessen the word right after them: "less safe", "fewer jobs". */
    private static final Set<String> LESS = Set.of("less", "fewer");

    /**
     * Whether word {@code i} is lessened by the word right before it ("less fair", "fewer jobs"); a negator before
     * that ("no less safe") turns it back, as negation does any word.
     */
    private static boolean lessened(List<String> words, int i) {
        // "less likely to skip classes": what is less likely is lessened, not the likelihood
        for (int j = Math.max(1, i - LIKELY_REACH); j < i; j++) {
            if (LIKELY.contains(words.get(j)) && LESS.contains(words.get(j - 1))) {
                return true;
            }
        }
        return i > 0 && LESS.contains(words.get(i - 1)) && !LIKELY.contains(words.get(i));
    }

    /** How far before a verb of falling its subject may start ("acute asthma attacks among young children fell"). */
    private static final int FALL_REACH = 6;
    /** Verbs by which their subject falls or fades, used without an object ("crime fell", "the gains faded"). */
    private static final Set<String> FALLING = Set.of("fell", "fall", "falls", "fallen", "falling", "dropped", "drop",
            "drops", "declined", "decline", "declines", "declining", "plummeted", "plunged", "halved", "shrank",
            "shrunk", "fade", "fades", "faded", "fading", "waned", "wanes", "dwindled", "dwindles", "vanished",
            "vanish", "disappeared", "disappear", "disappears");
    private static final double COERCION_VALENCE = -1.5;
    private static final Set<String> COERCING = Set.of("force", "forces", "forced", "forcing", "push", "pushes",
            "pushed", "pushing", "drive", "drives", "driving", "drove", "driven", "compel", "compels", "compelled",
            "coerce", "coerces", "coerced", "coercing");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets",
            "got", "getting");
    private static final Set<String> INTO = Set.of("to", "into", "out", "from", "off");
    private static final Set<String> PASSIVE_COERCING = Set.of("forced", "pushed", "driven", "compelled", "coerced");
    private static final Set<String> PEOPLE = Set.of("people", "families", "family", "children", "child", "kids",
            "women", "men", "girls", "boys", "parents", "mothers", "fathers", "migrants", "refugees", "residents",
            "citizens", "workers", "farmers", "students", "youths", "thousands", "millions", "hundreds", "them",
            "individuals", "civilians", "patients", "victims", "teenagers", "villagers", "communities", "households");

    private static final int EFFECT_REACH = 4;
    /** Verbs of stopping, which lower what follows them: "won't stop every fire" leaves the fires. */
    private static final Set<String> STOPPING = Set.of("stop", "stops", "stopped", "stopping");

    /**
     * Whether word {@code i} stops what follows it: "a ban will stop fires". Not a "stop" that ends the clause
     * ("the very thing he is trying to stop", whose object came before), nor the noun ("pulling out all the
     * stops"), nor a fall that stops ("sales simply stopped falling").
     */
    private static boolean stopping(List<String> words, int i) {
        return STOPPING.contains(words.get(i)) && i + 1 < words.size() && !FALLING.contains(words.get(i + 1))
                // a determiner makes it the noun: "all the stops", "a stop"
                && (i == 0 || !Reach.DETERMINERS.contains(words.get(i - 1)) && !words.get(i - 1).equals("all"));
    }

    private static final Set<String> HARM_NOUNS = Set.of("harm", "damage", "damages", "hurt");
    /** Lowering verbs: what they act on is lessened; "protects children from abuse" lessens the abuse. */
    private static final Set<String> LOWERING = Set.of("protect", "protects", "protected", "protecting", "shield",
            "shields", "reduce", "reduces", "reduced", "reducing", "decrease", "decreases", "decreased", "decreasing",
            "lower", "lowers", "lowered", "lowering", "prevent", "prevents", "prevented", "preventing", "curb", "curbs",
            "curbed", "curbing", "alleviate", "alleviates", "alleviating", "mitigate", "mitigates", "mitigating",
            "address", "addresses", "addressing", "minimize", "minimizes", "minimise", "minimises", "deter", "deters",
            "deterring", "combat", "combats", "combating", "combatting", "tackle", "tackles", "tackling", "avoid",
            "avoids", "avoiding", "diminish", "diminishes", "diminished", "eliminate", "eliminates", "eradicate",
            "eradicates", "fight", "fights", "fighting", "violate", "violates", "violated", "violating", "undermine",
            "undermines", "undermined", "undermining", "harm", "harms", "harmed", "harming", "damage", "damages",
            "damaged", "damaging", "destroy", "destroys", "destroyed", "destroying", "threaten", "threatens",
            "threatened", "threatening", "weaken", "weakens", "weakened", "weakening", "hurt", "hurts", "hurting",
            "erode", "erodes", "eroded", "eroding", "infringe", "infringes", "infringed", "infringing", "restrict",
            "restricts", "restricted", "restricting", "curtail", "curtails", "curtailed", "suppress", "suppresses",
            "suppressed", "suppressing", "deprive", "deprives", "deprived", "depriving", "endanger", "endangers",
            "endangered", "endangering", "jeopardize", "jeopardizes", "jeopardise", "jeopardises",
            // giving up what one has: "would throw that benefit away", "squanders the gains"
            "throw", "throws", "throwing", "threw", "thrown", "squander", "squanders", "squandered", "squandering",
            "sacrifice", "sacrifices", "sacrificed", "sacrificing", "forfeit", "forfeits", "forfeited", "forfeiting",
            "lose", "loses", "losing",
            // taking a weight off: "Training removes that fear", "eases the burden"
            "remove", "removes", "removed", "removing", "relieve", "relieves", "relieved", "relieving", "ease",
            "eases", "eased", "easing",
            // "would cut carbon emissions by a third", where the motion's target is not what is cut
            "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "halve", "halves", "halving");
    /** Auxiliaries and modals, before which an effect word is a noun, their subject: "the cuts would harm". */
    private static final Set<String> AUXILIARIES = Set.of("would", "will", "could", "can", "may", "might", "must",
            "should", "is", "are", "was", "were", "has", "have", "had");
    private static final Set<String> THROWING = Set.of("throw", "throws", "throwing", "threw", "thrown");
    private static final Set<String> RAISING = Set.of("increase", "increases", "increased", "increasing", "raise",
            "raises", "raising", "boost", "boosts", "boosting", "cause", "causes", "caused", "causing", "fuel", "fuels",
            "fueling", "fuelling", "exacerbate", "exacerbates", "exacerbating", "worsen", "worsens", "worsening",
            "aggravate", "aggravates", "aggravating", "encourage", "encourages", "encouraging", "spread", "spreads",
            "breed", "breeds", "foster", "fosters", "fostering", "generate", "generates", "produce", "produces",
            "improve", "improves", "improved", "improving", "enhance", "enhances", "enhanced", "enhancing",
            "strengthen", "strengthens", "strengthened", "strengthening", "promote", "promotes", "promoted",
            "promoting");
}
