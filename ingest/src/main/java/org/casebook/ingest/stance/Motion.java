package org.casebook.ingest.stance;

import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A motion as the user wrote it, read for what stance needs: its target (the words of what the motion acts on or
 * judges), its action verb if any, and its direction: +1 when the motion favours its target (adopt, allow,
 * increase; or judges it good), -1 when it turns against it (cut, ban, abolish; or judges it bad). Works on
 * statements ("This house would ..."), questions ("Should we ...?") and resolutions alike. {@code complement} holds
 * the words of whom or what the act is for ("to El Salvador, Guatemala and Honduras"), kept apart from the target.
 */
public record Motion(String text, List<String> target, String action, int direction, List<String> complement) {
    public Motion {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the motion is empty");
        }
        target = List.copyOf(target);
        complement = List.copyOf(complement);
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("direction " + direction);
        }
    }

    public static Motion parse(String text) {
        List<String> words = Words.tokens(text);
        Motion special = entitlement(text, words);
        if (special == null) {
            special = copularJudgement(text, words);
        }
        if (special == null) {
            special = attitude(text, words);
        }
        if (special != null) {
            return special;
        }
        int verb = policyVerb(words);
        int direction = 1;
        List<String> target = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        boolean negated = false;
        if (verb >= 0) {
            direction = isDecrease(words.get(verb)) ? -1 : 1;
            for (int i = Math.max(0, verb - 3); i < verb; i++) {
                // "Shouldn't alcohol be forbidden": a question opening on a negative auxiliary asks for a yes
                boolean askingYes = i == 0 && i + 1 < verb && words.get(i).endsWith("nt");
                negated |= Lexicon.NEGATORS.contains(words.get(i)) && !askingYes;
            }
            // The object's head ("foreign aid"), not its complement ("to El Salvador ..."), is what the motion acts on.
            // "stop funding Central American governments": the gerund is what the act stops, the rest whom it is for
            List<String> object = words.subList(verb + 1, words.size());
            boolean gerund = !object.isEmpty() && object.getFirst().endsWith("ing") && object.getFirst().length() > 5;
            boolean inComplement = false;
            for (int k = 0; k < object.size(); k++) {
                String w = object.get(k);
                inComplement |= (COMPLEMENT.contains(w) || gerund && k > 0) && !target.isEmpty();
                addTarget(inComplement ? complement : target, w);
            }
        } else {
            // A judgement ("advertising is harmful"): the target is the subject, the direction the predicate's tone.
            int copula = subjectEnd(words);
            double valence = 0;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (i < copula) {
                    addTarget(target, w);
                } else {
                    valence += Lexicon.INSTANCE.valence(w);
                    negated ^= Lexicon.NEGATORS.contains(w);
                }
            }
            direction = valence < -0.5 ? -1 : 1;
        }
        if (negated) {
            direction = -direction;
        }
        if (target.isEmpty()) {
            words.forEach(w -> addTarget(target, w));
        }
        return new Motion(text.strip(), target, verb >= 0 ? words.get(verb) : "", direction, complement);
    }

    /** "All nations have a right to nuclear weapons": for whatever the right, permission or freedom is to. */
    private static Motion entitlement(String text, List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (java.util.Set.of("right", "rights", "entitled", "free", "freedom").contains(words.get(i))
                    && words.get(i + 1).equals("to")) {
                List<String> target = new ArrayList<>();
                words.subList(i + 2, words.size()).forEach(w -> addTarget(target, w));
                boolean negated = words.subList(0, i).stream().anyMatch(Lexicon.NEGATORS::contains);
                if (!target.isEmpty()) {
                    return new Motion(text.strip(), target, "", negated ? -1 : 1, List.of());
                }
            }
        }
        return null;
    }

    /**
     * "This house regrets the rise of X", "This house supports X": the motion's attitude to what follows, when no
     * act on it is named ("This house supports raising the school leaving age" is about raising it).
     */
    private static Motion attitude(String text, List<String> words) {
        int start = 0;
        while (start < words.size() && java.util.Set.of("this", "house", "we", "i").contains(words.get(start))) {
            start++;
        }
        if (start >= words.size()) {
            return null;
        }
        String verb = words.get(start);
        int direction = AGAINST.contains(verb) ? -1 : FOR.contains(verb) ? 1 : 0;
        List<String> rest = words.subList(start + 1, words.size());
        if (direction == 0 || rest.stream().anyMatch(w -> isDecrease(w) || Lexicon.INCREASE.contains(w))) {
            return null;
        }
        List<String> target = new ArrayList<>();
        rest.forEach(w -> addTarget(target, w));
        return target.isEmpty() ? null : new Motion(text.strip(), target, "", direction, List.of());
    }

    private static final java.util.Set<String> AGAINST = java.util.Set.of("regrets", "opposes", "condemns",
            "deplores", "rejects", "laments");
    private static final java.util.Set<String> FOR = java.util.Set.of("supports", "welcomes", "celebrates",
            "applauds", "endorses", "favours", "favors", "prefers");

    /** "Holocaust denial should be a criminal offence": the subject is judged by what it should be. */
    private static Motion copularJudgement(String text, List<String> words) {
        Motion asked = askedJudgement(text, words);
        if (asked != null) {
            return asked;
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (MODALS.contains(words.get(i)) && words.get(i + 1).equals("be")) {
                List<String> target = new ArrayList<>();
                words.subList(0, i).forEach(w -> {
                    if (!PREFIX.contains(w)) {
                        addTarget(target, w);
                    }
                });
                List<String> predicate = words.subList(i + 2, words.size());
                boolean decrease = predicate.stream().anyMatch(Motion::isDecrease);
                double valence = predicate.stream().mapToDouble(Lexicon.INSTANCE::valence).sum();
                boolean negated = words.get(i).endsWith("nt") || predicate.stream().anyMatch(Lexicon.NEGATORS::contains);
                int direction = decrease || valence < -0.5 ? -1 : 1;
                if (!target.isEmpty()) {
                    return new Motion(text.strip(), target, "", negated ? -direction : direction, List.of());
                }
            }
        }
        return null;
    }

    /**
     * "Should physical education be compulsory?", "Is science a threat to mankind?": the question's subject is
     * judged by what it should be or is, when the predicate names no act on it ("Should abortion be prohibited"
     * is the act of prohibiting).
     */
    private static Motion askedJudgement(String text, List<String> words) {
        if (words.size() >= 3 && java.util.Set.of("is", "are").contains(words.getFirst())) {
            // "Is social poverty the main cause of crime": the subject runs to the predicate's article, or else
            // to its first rated word ("Is the advertisement harmful?")
            int k = 2;
            while (k < words.size() && !java.util.Set.of("a", "an", "the").contains(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                k = 2;
                while (k < words.size() && Lexicon.INSTANCE.valence(words.get(k)) == 0) {
                    k++;
                }
            }
            return judged(text, words.subList(1, k), words.subList(k, words.size()));
        }
        if (words.size() < 4 || !java.util.Set.of("should", "must").contains(words.getFirst())) {
            return null;
        }
        int be = words.indexOf("be");
        if (be < 2 || words.get(1).equals("there")) {
            return null; // "Should there be a curfew": the existential is read as an act to bring it in
        }
        List<String> predicate = words.subList(be + 1, words.size());
        if (predicate.stream().anyMatch(w -> isDecrease(w) || Lexicon.INCREASE.contains(w))) {
            return null;
        }
        return judged(text, words.subList(1, be), predicate);
    }

    /** The subject as target, the direction the predicate's tone (negated by a negator in it). */
    private static Motion judged(String text, List<String> subject, List<String> predicate) {
        List<String> target = new ArrayList<>();
        subject.forEach(w -> addTarget(target, w));
        double valence = predicate.stream().mapToDouble(Lexicon.INSTANCE::valence).sum();
        boolean negated = predicate.stream().anyMatch(Lexicon.NEGATORS::contains);
        int direction = (valence < -0.5 ? -1 : 1) * (negated ? -1 : 1);
        return target.isEmpty() || predicate.isEmpty() ? null : new Motion(text.strip(), target, "", direction, List.of());
    }

    private static final java.util.Set<String> COMPLEMENT = java.util.Set.of("to", "for", "in", "on", "from", "at",
            "against", "into", "with", "by", "using", "through");

    private static final java.util.Set<String> MODALS = java.util.Set.of("should", "would", "will", "must", "shall",
            "supports", "support", "favours", "favors", "shouldnt", "wouldnt");

    /**
     * The motion's action: a known increasing or decreasing verb anywhere, or else the verb right after a modal
     * ("This house would disband ASEAN", "Should we legalize ..."), skipping "not", "never" and a subject pronoun.
     */
    private static int policyVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isDecrease(w) || Lexicon.INCREASE.contains(w) && !w.equals("more") && !w.equals("greater")) {
                return i;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (MODALS.contains(words.get(i))) {
                int j = i + 1;
                while (j < words.size() && java.util.Set.of("not", "never", "we", "you", "they", "the", "be", "also")
                        .contains(words.get(j))) {
                    j++;
                }
                if (j < words.size() && (words.get(j).equals("have") || !COPULAS.contains(words.get(j))
                        && !Words.STOP.contains(words.get(j)))) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean isDecrease(String word) {
        if (Lexicon.DECREASE.contains(word)) {
            return true;
        }
        for (String d : Lexicon.DECREASE) {
            if (Words.sameStem(d, word)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "are", "was", "were", "be", "should",
            "would", "must", "can", "has", "have", "causes", "cause", "leads", "lead", "does", "do");
    private static final java.util.Set<String> PREFIX = java.util.Set.of("this", "house", "believes", "that", "we",
            "resolved", "it", "whether");

    /** Index of the first copula or modal after the opening formula ("This house believes that ..."). */
    private static int subjectEnd(List<String> words) {
        int start = 0;
        while (start < words.size() && PREFIX.contains(words.get(start))) {
            start++;
        }
        for (int i = start + 1; i < words.size(); i++) {
            if (COPULAS.contains(words.get(i))) {
                return i;
            }
        }
        return words.size();
    }

    private static void addTarget(List<String> target, String word) {
        if (!Words.STOP.contains(word) && !Lexicon.NEGATORS.contains(word) && word.length() > 1
                && !Lexicon.DECREASE.contains(word) && !Lexicon.INCREASE.contains(word)) {
            target.add(word);
        }
    }

    boolean isTarget(String word) {
        for (String t : target) {
            if (Words.sameStem(t, word)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the object's complement: whom or what the act is for ("aid to El Salvador"). */
    boolean isComplement(String word) {
        for (String c : complement) {
            if (Words.sameStem(c, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the motion's verb lowers what it acts on ("cut", "ban"), whether or not the motion negates it. */
    boolean actionLowers() {
        return !action.isEmpty() && isDecrease(action);
    }

    /** -1 when the motion rejects its own verb ("should not cut aid"), otherwise 1. */
    int actSign() {
        return action.isEmpty() ? 1 : actionLowers() ? -direction : direction;
    }

    /**
     * Whether the motion frees its target from control: its target is a freedom ("the free market", "freedom of
     * speech") or its verb lifts a control ("legalize", "deregulate", "unleash"). Either way, control of the target
     * (regulation, prohibition) is what the motion is about, whichever its direction.
     */
    boolean freesTarget() {
        return target.stream().anyMatch(FREEDOMS::contains) || LIBERATING.contains(action);
    }

    private static final java.util.Set<String> FREEDOMS = java.util.Set.of("free", "freedom", "freedoms", "liberty",
            "liberties", "laissez", "deregulation", "liberalization", "liberalisation");
    private static final java.util.Set<String> LIBERATING = java.util.Set.of("legalize", "legalise", "decriminalize",
            "decriminalise", "deregulate", "liberalize", "liberalise", "unleash", "free", "privatize", "privatise");

    boolean isAction(String word) {
        return !action.isEmpty() && (Words.sameStem(action, word) || action.equals(word));
    }
}
