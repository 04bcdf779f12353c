package org.casebook.ingest.stance;

import java.util.List;
import java.util.Set;
import org.casebook.ingest.lexicon.Lexicon;

/**
 * Laws, controls and absence of a motion's target: a law against the target is the act of a motion against it
 * ("blasphemy laws" for "criminalize blasphemy"), control of a target is what a motion that frees it undoes
 * ("government intervention" for "unleash the free market"), and a word for its absence ("childless") is what
 * lowering it brings about. Stateless.
 */
final class Controls {
    private Controls() {}

    /**
     * Whether the argument speaks of a law against the target ("blasphemy laws", "the offence of blasphemy",
     * "anti-blasphemy laws") when the motion acts against it: that law is the motion's act, not its target.
     */
    static boolean lawAgainstTarget(List<String> words, Motion motion) {
        if (!(motion.actionLowers() || motion.action().isEmpty() && motion.direction() < 0)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("anti-") && motion.isTarget(w.substring(5))) {
                return true;
            }
            if (!motion.isTarget(w)) {
                continue;
            }
            boolean lawAfter = i + 1 < words.size() && LAW_NOUNS.contains(words.get(i + 1));
            // "the offence of blasphemy", "laws punishing Holocaust denial"
            boolean lawBefore = i >= 2 && LAW_NOUNS.contains(words.get(i - 2))
                    && (Set.of("of", "on", "against").contains(words.get(i - 1))
                    || Motion.isDecrease(words.get(i - 1)));
            if (lawAfter || lawBefore) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} puts the target under control: a control word ("regulation", "intervention") acting on
     * the target or right after it ("market regulation"), or anywhere when the motion frees its target ("unleash the
     * free market", "legalize cannabis"), where control is what the motion undoes ("government intervention is
     * harmful", "prohibition has failed").
     */
    static boolean controls(List<String> words, int i, Motion motion) {
        String w = words.get(i);
        // "introduce rent controls": a control the motion names is its target, not a control of it
        if (!CONTROL.contains(w) || motion.isTarget(w)) {
            return false;
        }
        // "regulation in markets"; not a policy noun ahead, as the frame's acts take: "planning policies" is no control
        return freesTarget(motion) || i > 0 && motion.isTarget(words.get(i - 1))
                || Reach.ahead(words, i, motion::isTarget);
    }

    private static final Set<String> CONTROL = Set.of("regulation", "regulations", "regulate", "regulating",
            "regulated", "regulatory", "intervention", "interventions", "intervene", "intervening", "interventionism",
            "interference", "interfere", "interfering", "control", "controls", "planning", "planners", "protectionism",
            "protectionist", "oversight", "prohibition", "ban", "bans", "restriction", "restrictions", "censorship",
            "tariffs", "barriers");

    private static final Set<String> LAW_NOUNS = Set.of("law", "laws", "ban", "bans", "offence", "offences", "offense",
            "offenses", "libel", "legislation", "prohibition", "prohibitions", "statute", "statutes", "restriction",
            "restrictions", "criminalization", "criminalisation", "censorship", "penalties", "prosecution",
            "prosecutions");

    /** "Childless", "smoke-free", "cashless": a word for the target's absence, which lowering it brings about. */
    static boolean absence(String word, Motion motion) {
        for (String ending : ABSENT) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4
                    && motion.isTarget(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ABSENT = List.of("-free", "free", "-less", "less");

    /** Whether a control at word {@code i} is itself lifted: "the elimination of central control". */
    static boolean lifted(List<String> words, int i) {
        return CONTROL.contains(words.get(i)) && Reach.within3Before(words, i, Lexicon.DECREASE);
    }

    /**
     * Whether the motion frees its target from control: its target is a freedom ("the free market", "freedom of
     * speech") or its verb lifts a control ("legalize", "deregulate", "unleash"). Either way, control of the target
     * (regulation, prohibition) is what the motion is about, whichever its direction.
     */
    private static boolean freesTarget(Motion motion) {
        List<String> target = motion.target();
        for (int i = 0; i < target.size(); i++) {
            // "free" is a freedom in "free market" or "free speech", not in "free school meals"
            if (FREEDOMS.contains(target.get(i)) || target.get(i).equals("free") && i + 1 < target.size()
                    && FREE_THINGS.contains(target.get(i + 1))) {
                return true;
            }
        }
        return LIBERATING.contains(motion.action());
    }

    private static final Set<String> FREEDOMS = Set.of("freedom", "freedoms", "liberty", "liberties", "laissez",
            "deregulation", "liberalization", "liberalisation");
    private static final Set<String> FREE_THINGS = Set.of("market", "markets", "trade", "speech", "press",
            "enterprise", "expression");
    private static final Set<String> LIBERATING = Set.of("legalize", "legalise", "decriminalize",
            "decriminalise", "deregulate", "liberalize", "liberalise", "unleash", "free", "privatize", "privatise");
}
