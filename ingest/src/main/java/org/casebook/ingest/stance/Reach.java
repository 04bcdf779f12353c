package org.casebook.ingest.stance;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.ingest.lexicon.Lexicon;

/**
 * Where a word of a clause acts: on the motion's target a few words on (or before it, in the passive), under a
 * negator a few words back, on a thing of its own. Works on a clause's lower-case words ({@code Words.tokens}).
 * Plain functions.
 */
final class Reach {
    private static final int WINDOW = 5;
    /** Words that open a noun phrase: "the", "their", "those". */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "his", "her", "our",
            "your", "these", "those", "my");
    private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "was", "were", "get", "gets",
            "got");
    private static final int PASSIVE_REACH = 8;

    private Reach() {}

    /** True when word {@code i} acts on the target: a target word or policy noun follows within a few words. */
    static boolean near(List<String> words, int i, Motion motion) {
        if (aheadInClause(words, i, w -> targetOrPolicy(motion, w)) || madeCompulsory(words, i, motion)) {
            return true;
        }
        // the passive: "aid to the region should be cut", "the programs were substantially reduced"
        int be = i >= 1 && PASSIVE.contains(words.get(i - 1)) ? i - 1
                : i >= 2 && PASSIVE.contains(words.get(i - 2)) ? i - 2 : -1;
        for (int j = be - 1; be > 0 && j >= Math.max(0, be - PASSIVE_REACH); j--) {
            if (targetOrPolicy(motion, words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** How many words may name what a compulsion is laid on, between "make" and "compulsory". */
    private static final int MADE_REACH = 4;

    /**
     * Whether word {@code i} is the compulsion of a compelling motion laid on the target named before it, after the
     * verb that carries it: "make water meters compulsory", "making them compulsory".
     */
    private static boolean madeCompulsory(List<String> words, int i, Motion motion) {
        if (!motion.compels() || !Motion.COMPULSION.contains(words.get(i))) {
            return false;
        }
        boolean named = false;
        for (int j = i - 1; j >= Math.max(0, i - MADE_REACH - 1); j--) {
            String w = words.get(j);
            if (Motion.CARRIERS.contains(w)) {
                return named;
            }
            named |= motion.isTarget(w) || ONE_NAMED.contains(w);
        }
        return false;
    }

    /** Pronouns that stand for the target between "make" and "compulsory": "make it compulsory". */
    private static final Set<String> ONE_NAMED = Set.of("it", "them", "this");

    /**
     * Whether word {@code i}, a verb, acts on a thing the clause names other than the target: "raises the incomes of
     * poor families" raises no minimum wage; "we should raise it" may.
     */
    static boolean actsOnAnother(List<String> words, int i) {
        return i + 2 < words.size() && DETERMINERS.contains(words.get(i + 1));
    }

    /** Whether the word names the motion's target or a policy ("the program", "funding"). */
    static boolean targetOrPolicy(Motion motion, String word) {
        return motion.isTarget(word) || PolarityReader.POLICY_NOUNS.contains(word);
    }

    /**
     * Words that open a subordinate clause, beyond which a verb acts on nothing: "someone using a cane if the board
     * stood elsewhere" uses no board.
     */
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "unless", "because", "although", "though",
            "while", "whereas", "since");

    /** As {@link #ahead(List, int, Predicate)}, stopping where a subordinate clause opens ({@link #SUBORDINATORS}). */
    static boolean aheadInClause(List<String> words, int i, Predicate<String> what) {
        return ahead(words, i, WINDOW, what, SUBORDINATORS::contains);
    }

    /** Whether a word {@code what} accepts comes within the few words after word {@code i}. */
    static boolean ahead(List<String> words, int i, Predicate<String> what) {
        return ahead(words, i, WINDOW, what);
    }

    /** Whether a word {@code what} accepts comes within the {@code reach} words after word {@code i}. */
    static boolean ahead(List<String> words, int i, int reach, Predicate<String> what) {
        return ahead(words, i, reach, what, w -> false);
    }

    /** As {@link #ahead(List, int, int, Predicate)}, looking no further than the first word {@code stop} accepts. */
    private static boolean ahead(List<String> words, int i, int reach, Predicate<String> what, Predicate<String> stop) {
        for (int j = i + 1; j < Math.min(words.size(), i + 1 + reach); j++) {
            if (stop.test(words.get(j))) {
                return false;
            }
            if (what.test(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word {@code what} accepts comes within the {@code reach} words before word {@code i}. */
    static boolean behind(List<String> words, int i, int reach, Predicate<String> what) {
        for (int j = Math.max(0, i - reach); j < i; j++) {
            if (what.test(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a negator comes within the three words before word {@code i}, or word {@code i} is what a denied
     * copula says something of ("The problem is not the jury": the jury is not the problem), or a comparison after
     * "any" that a negator further back denies ("would not make school any cheaper"), or "far from" comes
     * right before it ("far from conclusive"); both at once deny each other ("not far from perfect").
     */
    static boolean negated(List<String> words, int i) {
        // "not far from perfect": two denials make an assent
        return (within3Before(words, i, Lexicon.NEGATORS) || deniedCopula(words, i) || anyMoreDenied(words, i))
                != farFrom(words, i);
    }

    /** How many words before "any" a negator may stand and deny the comparison after it. */
    private static final int ANY_REACH = 5;

    /**
     * Whether word {@code i} is a comparison after "any" that a negator further back denies: "would not make school
     * any cheaper", "won't make the roads any safer".
     */
    private static boolean anyMoreDenied(List<String> words, int i) {
        return i > 1 && words.get(i - 1).equals("any") && words.get(i).endsWith("er")
                && behind(words, i - 1, ANY_REACH, Lexicon.NEGATORS::contains);
    }

    /** Whether "far from" comes right before word {@code i} or one word before it: "far from conclusive". */
    private static boolean farFrom(List<String> words, int i) {
        for (int j = Math.max(1, i - 2); j < i; j++) {
            if (words.get(j).equals("from") && words.get(j - 1).equals("far")) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "be" that join a subject to what is said of it. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    /** Forms of "be" with their negator in one word. */
    private static final Set<String> DENIED_COPULAS = Set.of("isnt", "arent", "wasnt", "werent");

    /** Whether word {@code i} is the subject of a denied copula: "problem is not", "danger isn't", "harm was never". */
    private static boolean deniedCopula(List<String> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1);
        return DENIED_COPULAS.contains(next) || COPULAS.contains(next) && i + 2 < words.size()
                && (words.get(i + 2).equals("not") || words.get(i + 2).equals("never"));
    }

    /** Subjects that deny what the clause says of them: "Nobody has ever been taxed into loving lentils". */
    private static final Set<String> DENYING_SUBJECTS = Set.of("nobody", "none", "nothing", "neither", "noone");
    /** Words a clause may open with before its subject: "But nobody ...", "And yet none of this ...". */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "still", "of", "course", "sadly",
            "frankly", "honestly", "now", "then");

    /** Whether the clause's subject denies all it says: "Nobody ...", "None of this ...", "No one ...". */
    static boolean deniedBySubject(List<String> words) {
        int i = 0;
        while (i < words.size() && OPENERS.contains(words.get(i))) {
            i++;
        }
        return i < words.size() && (DENYING_SUBJECTS.contains(words.get(i))
                || words.get(i).equals("no") && i + 1 < words.size() && words.get(i + 1).equals("one"));
    }

    /**
     * Whether word {@code i} is something the clause says cannot be done or had: "cannot plan a budget, sign a
     * tenancy with any confidence or tell their children whether they can afford a school trip". An inability
     * reaches over the verbs joined to it, to the end of the clause, not past a word that starts another clause.
     */
    static boolean outOfReach(List<String> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = words.get(j);
            if (CLAUSE_START.contains(w)) {
                return false;
            }
            if (UNABLE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words of being unable to do something. */
    private static final Set<String> UNABLE = Set.of("cannot", "cant", "unable", "couldnt");
    /**
     * Words that start another clause, where an inability before them stops reaching: a subordinator
     * ({@link #SUBORDINATORS}), a coordinator that turns or follows on, or a relative.
     */
    private static final Set<String> CLAUSE_START = Stream.concat(SUBORDINATORS.stream(),
            Stream.of("but", "yet", "so", "which", "that")).collect(Collectors.toUnmodifiableSet());

    /** Whether one of {@code cues} comes within the three words before word {@code i}. */
    static boolean within3Before(List<String> words, int i, Set<String> cues) {
        return behind(words, i, 3, cues::contains);
    }
}
