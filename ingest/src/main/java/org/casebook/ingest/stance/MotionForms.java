package org.casebook.ingest.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;

/**
 * The forms of motion that name no policy verb, or whose verb is not the act: an entitlement ("all nations have a
 * right to X"), a judgement of a subject ("X should be a criminal offence", "Is X harmful?", "Should X be
 * compulsory?"), and the House's attitude ("This house regrets X"). Stateless.
 */
final class MotionForms {
    private MotionForms() {}

    /** The motion in one of these forms, or null when it is in none of them. */
    static Motion read(String text, List<String> words) {
        Motion motion = age(text, words);
        if (motion == null) {
            motion = duty(text, words);
        }
        if (motion == null) {
            motion = entitlement(text, words);
        }
        if (motion == null) {
            motion = copularJudgement(text, words);
        }
        return motion == null ? attitude(text, words) : motion;
    }

    /**
     * Ages at which something stops rather than starts (raising them extends what comes before), and "working age",
     * a span rather than a threshold.
     */
    private static final Set<String> ENDING_AGES = Set.of("leaving", "retirement", "pension", "pensionable",
            "working");
    /** How far apart the moving word and the age may stand: "lower the legal drinking age", "age be lowered". */
    private static final int AGE_REACH = 4;
    private static final Set<String> LOWERING_AGE = Set.of("lower", "lowered", "lowering", "reduce", "reduced",
            "reducing", "cut");
    private static final Set<String> RAISING_AGE = Set.of("raise", "raised", "raising", "increase", "increased",
            "increasing");

    /**
     * "Lower the voting age to 16", "The voting age should be lowered to 16", "Should the drinking age be raised to
     * 21?": the age from which an activity is allowed (voting, drinking, driving), moved. Lowering it extends the
     * activity, raising it restricts it: that is the act, and the activity the target, with the age it is moved to
     * as whom the act is for. Not an age at which something stops ("raise the school leaving age" keeps pupils in
     * school), nor an age that names no activity ("a minimum age for social media").
     */
    private static Motion age(String text, List<String> words) {
        int age = words.indexOf("age");
        if (age < 1) {
            return null;
        }
        String activity = words.get(age - 1);
        int verb = 0;
        while (verb < words.size() && !movesAge(words.get(verb))) {
            verb++;
        }
        if (verb == words.size() || Math.abs(verb - age) > AGE_REACH || !activity.endsWith("ing")
                || activity.length() <= 5 || ENDING_AGES.contains(activity)) {
            return null;
        }
        boolean negated = words.subList(0, verb).stream().anyMatch(Lexicon.NEGATORS::contains);
        int direction = LOWERING_AGE.contains(words.get(verb)) ? 1 : -1;
        String act = direction > 0 ? "extend" : "restrict";
        List<String> complement = new ArrayList<>();
        for (int i = Math.max(age, verb) + 1; i < words.size(); i++) {
            if (!Motion.COMPLEMENT.contains(words.get(i))) {
                complement.add(words.get(i));
            }
        }
        return new Motion(text.strip(), List.of(activity), act, negated ? -direction : direction, complement,
                false, true);
    }

    /**
     * Whether the "to" at {@code to} bounds a span of ages ("compulsory for all pupils up to age 16", "to 18") rather
     * than opening what a duty asks.
     */
    private static boolean spansAge(List<String> words, int to) {
        String next = words.get(to + 1);
        return words.get(to - 1).equals("up") || next.equals("age") || next.chars().allMatch(Character::isDigit);
    }

    private static boolean movesAge(String word) {
        return LOWERING_AGE.contains(word) || RAISING_AGE.contains(word);
    }

    /** Verbs by which someone is let do something: "be allowed to", "be permitted to", "allow museums to". */
    private static final Set<String> LEAVE = Set.of("allowed", "permitted", "allow", "permit");
    /** Words before a permission by which the motion takes an attitude to it: read as an attitude, not here. */
    private static final Set<String> ATTITUDES = Set.of("regrets", "regret", "opposes", "oppose", "deplores",
            "condemns", "laments", "welcomes", "supports", "rejects");
    /** Words that, before "permit", make it the noun ("need a permit to enter"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "any", "their", "his", "her", "its",
            "this", "that", "every", "no", "all", "our", "your", "some");
    /** The word after a permission's "to", as written: a verb in lower case, not a name ("travel to EU citizens"). */
    private static final Pattern LET_DO = Pattern.compile("(?i)\\b(?:allow|allowed|permit|permitted)\\b[^.;:]{0,80}?"
            + "\\bto\\s+(?<next>[\\p{L}'’-]+)");

    /**
     * "allow national museums in England to charge adults for entry", "Prisoners should be allowed to vote": what a
     * plain permission lets someone do is the target, and who is let do it whom the act is for (after the verb in
     * the active, its subject's last words in the passive); null where "to" opens no verb ("allow visa-free travel to
     * EU citizens"), "permit" is the noun ("need a permit to enter") or the motion takes an attitude to it.
     */
    private static Motion permission(String text, List<String> words, int verb, int to) {
        boolean active = words.get(verb).equals("allow") || words.get(verb).equals("permit");
        Matcher next = LET_DO.matcher(text);
        if (!next.find() || !Character.isLowerCase(next.group("next").charAt(0))
                || DETERMINERS.contains(next.group("next").toLowerCase(Locale.ROOT))
                || words.get(verb).equals("permit") && verb > 0 && DETERMINERS.contains(words.get(verb - 1))
                || words.subList(0, verb).stream().anyMatch(ATTITUDES::contains)) {
            return null;
        }
        List<String> target = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        Motion.splitObject(words.subList(to + 1, words.size()), false, target, complement);
        // the passive's subject, after any opening phrase: "In the interest of fairness, prisoners should be ..."
        String head = text.substring(0, next.start());
        List<String> who = active ? words.subList(verb + 1, to)
                : Words.tokens(head.substring(head.lastIndexOf(',') + 1));
        who.forEach(w -> Motion.addTarget(complement, w));
        return target.isEmpty() ? null : new Motion(text.strip(), target, words.get(verb), 1, complement, false, false);
    }

    /** How many words may stand between a permission's verb and its "to" ("allow national museums in England to"). */
    private static final int LEAVE_REACH = 6;
    /** How many words may stand between a duty's verb and the "to" of what it lays ("require all landlords to"). */
    private static final int DUTY_REACH = 4;

    /**
     * "Supermarkets should be legally required to donate unsold food", "This house would require voters to show
     * ID", "make it compulsory for food businesses to display their ratings": a duty laid on someone; what they
     * must do is the target ("donate unsold food"), its compulsion the act, those it binds neither. "Cyclists should
     * not be allowed to ride without a helmet" lays the duty of what the permission is refused without: the helmet.
     * A negated duty ("should not be required to") is against it. A plain permission ("allow museums to charge for
     * entry", "Prisoners should be allowed to vote") is read by {@link #permission}.
     */
    private static Motion duty(String text, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            // "be required to", "oblige landlords to", "an obligation to": the words of a compulsion
            boolean duty = Motion.COMPULSION.contains(words.get(i));
            if (!duty && !LEAVE.contains(words.get(i))) {
                continue;
            }
            if (words.subList(0, i).stream().anyMatch(w -> Motion.isDecrease(w) || Lexicon.INCREASE.contains(w))) {
                return null; // "ban contracts that force workers to ...": the act comes first, the duty is its object's
            }
            // "make it compulsory for food businesses in England to display ...": who is bound, named after "for"
            boolean bound = i + 1 < words.size() && words.get(i + 1).equals("for");
            int reach = duty && !bound ? DUTY_REACH : LEAVE_REACH;
            int to = i + 1;
            while (to < words.size() && to <= i + reach && !words.get(to).equals("to")) {
                to++;
            }
            if (to + 1 >= words.size() || !words.get(to).equals("to") || spansAge(words, to)) {
                continue;
            }
            boolean negated = words.subList(0, i).stream().anyMatch(Lexicon.NEGATORS::contains);
            List<String> done = words.subList(to + 1, words.size());
            int without = done.indexOf("without");
            if (!duty && !negated) {
                Motion permission = permission(text, words, i, to);
                if (permission != null) {
                    return permission;
                }
                continue;
            }
            if (!duty && without < 0) {
                continue; // a permission refused outright is the act of refusing, read as such
            }
            List<String> target = new ArrayList<>();
            List<String> complement = new ArrayList<>();
            if (duty) {
                Motion.splitObject(done, false, target, complement);
            } else {
                done.subList(without + 1, done.size()).forEach(w -> Motion.addTarget(target, w));
                negated = false; // not allowed without it: it is required
            }
            if (!target.isEmpty()) {
                return new Motion(text.strip(), target, "require", negated ? -1 : 1, complement, true, false);
            }
        }
        return null;
    }

    /** "All nations have a right to nuclear weapons": for whatever the right, permission or freedom is to. */
    private static Motion entitlement(String text, List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Set.of("right", "rights", "entitled", "free", "freedom").contains(words.get(i))
                    && words.get(i + 1).equals("to")) {
                List<String> target = new ArrayList<>();
                words.subList(i + 2, words.size()).forEach(w -> Motion.addTarget(target, w));
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
        while (start < words.size() && Set.of("this", "house", "we", "i").contains(words.get(start))) {
            start++;
        }
        if (start >= words.size()) {
            return null;
        }
        String verb = words.get(start);
        int direction = AGAINST.contains(verb) ? -1 : FOR.contains(verb) ? 1 : 0;
        List<String> rest = words.subList(start + 1, words.size());
        // "regrets the growing support for universal basic income": a trend towards the target, not an act on it
        int trend = 0;
        while (trend < rest.size() && trend < TREND_WORDS && !TREND_ENDS.contains(rest.get(trend))) {
            trend++;
        }
        if (trend < rest.size() && trend < TREND_WORDS && rest.subList(0, trend).stream().anyMatch(TREND::contains)) {
            rest = rest.subList(trend + 1, rest.size());
        }
        if (direction == 0 || rest.stream().anyMatch(w -> Motion.isDecrease(w) || Lexicon.INCREASE.contains(w))) {
            return null;
        }
        // "US aid to Central America": the aid is the target, whom it is for its complement
        List<String> target = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        Motion.splitObject(rest, false, target, complement);
        return target.isEmpty() ? null : new Motion(text.strip(), target, "", direction, complement);
    }

    /** How many words a trend's name may take before the word that joins it to what it is towards. */
    private static final int TREND_WORDS = 4;
    /** The words that join a trend to what it is towards: "support for", "the rise of". */
    private static final Set<String> TREND_ENDS = Set.of("for", "of", "towards", "toward");
    /** Words of a trend towards something: "the growing support for", "the rise of", "the spread of". */
    private static final Set<String> TREND = Set.of("growing", "rising", "increasing", "rise", "growth", "spread",
            "popularity", "support", "enthusiasm", "trend", "move", "shift", "turn", "dominance", "influence",
            "prevalence", "normalisation", "normalization", "glorification", "commercialisation", "commercialization");
    private static final Set<String> AGAINST = Set.of("regrets", "opposes", "condemns",
            "deplores", "rejects", "laments");
    private static final Set<String> FOR = Set.of("supports", "welcomes", "celebrates",
            "applauds", "endorses", "favours", "favors", "prefers");

    /**
     * The act of a passive motion: the participle that opens its predicate, when it lowers or raises ("Private
     * fireworks should be banned", "should not be cut"), so that "the ban" in an argument is the act, as it is when
     * the motion asks "Should fireworks be banned?"; empty for a judgement ("should be a criminal offence").
     */
    private static String passiveAct(List<String> predicate) {
        int k = 0;
        while (k < predicate.size() && Lexicon.NEGATORS.contains(predicate.get(k))) {
            k++;
        }
        String w = k < predicate.size() ? predicate.get(k) : "";
        return Motion.isDecrease(w) || Lexicon.INCREASE.contains(w) ? w : "";
    }

    /** The act of a passive motion: what {@link #passiveAct} finds, or a sale of what is owned ("be sold off"). */
    private static String passiveAct(String text, List<String> predicate) {
        String act = passiveAct(predicate);
        return act.isEmpty() && !predicate.isEmpty() && Motion.disposes(text, predicate.getFirst())
                ? predicate.getFirst() : act;
    }

    /** "Holocaust denial should be a criminal offence": the subject is judged by what it should be. */
    private static Motion copularJudgement(String text, List<String> words) {
        Motion asked = askedJudgement(text, words);
        if (asked != null) {
            return asked;
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (Motion.MODALS.contains(words.get(i)) && words.get(i + 1).equals("be")) {
                Motion judged = judged(text, words.subList(0, i), words.subList(i + 2, words.size()),
                        words.get(i).endsWith("nt"));
                if (judged != null) {
                    return judged;
                }
            }
        }
        return null;
    }

    /**
     * "Should physical education be compulsory?", "Is science a threat to mankind?": the question's subject is
     * judged by what it should be or is, when the question names no act ("Is it time to abolish the monarchy?" is
     * the act of abolishing). A question in the passive ("Should private cars be banned from the roads outside
     * schools?", "Should performance-enhancing drugs be allowed in professional sports?") acts on its subject, and
     * what follows the verb only says where or when; not a permission to do something ("Should children be allowed
     * to own phones?" is about the phones).
     */
    private static Motion askedJudgement(String text, List<String> words) {
        int be = words.indexOf("be");
        boolean permission = be >= 0 && be + 2 < words.size() && LEAVE.contains(words.get(be + 1))
                && words.get(be + 2).equals("to"); // "allowed to own phones": what is allowed is the phones
        if (be >= 2 && Set.of("should", "must").contains(words.getFirst()) && !permission
                && !passiveAct(words.subList(be + 1, words.size())).isEmpty()) {
            // "Should cars not be banned ...?": the negator asks the other way and is no part of the subject
            List<String> subject = words.subList(1, be);
            boolean negated = subject.stream().anyMatch(Lexicon.NEGATORS::contains);
            return judged(text, subject.stream().filter(w -> !Lexicon.NEGATORS.contains(w)).toList(),
                    words.subList(be + 1, words.size()), negated);
        }
        if (words.size() < 3 || words.stream().anyMatch(w -> Motion.isDecrease(w) || Lexicon.INCREASE.contains(w))
                || Set.of("it", "there").contains(words.get(1))) {
            return null; // "Should there be a curfew": the existential is read as an act to bring it in
        }
        if (Set.of("is", "are").contains(words.getFirst())) {
            // "Is social poverty the main cause of crime": the subject runs to the predicate's article, or else
            // to its first rated word ("Is the advertisement harmful?")
            int k = 2;
            while (k < words.size() && !Set.of("a", "an", "the").contains(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                k = 2;
                while (k < words.size() && Lexicon.INSTANCE.valence(words.get(k)) == 0) {
                    k++;
                }
            }
            return judged(text, words.subList(1, k), words.subList(k, words.size()), false);
        }
        if (!Set.of("should", "must").contains(words.getFirst()) || be < 2) {
            return null;
        }
        return judged(text, words.subList(1, be), words.subList(be + 1, words.size()), false);
    }

    /**
     * The subject as target; the direction against it when the predicate lowers it or is rated badly, turned by a
     * negated modal or a negator in the predicate.
     */
    private static Motion judged(String text, List<String> subject, List<String> predicate, boolean negatedModal) {
        List<String> target = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        List<String> words = subject.stream().filter(w -> !Motion.PREFIX.contains(w)).toList();
        // "Testing cosmetics on animals should be prohibited": the gerund is what is judged, the rest what it acts on
        // not a compound adjective: "performance-enhancing drugs" are drugs
        boolean gerund = words.size() > 1 && words.getFirst().endsWith("ing") && words.getFirst().length() > 5
                && !words.getFirst().contains("-");
        Motion.splitObject(words, gerund, target, complement);
        int k = 0;
        while (k < predicate.size() && Lexicon.NEGATORS.contains(predicate.get(k))) {
            k++;
        }
        boolean refused = negatedModal || k > 0;
        if (k + 2 < predicate.size() && Motion.isCharge(predicate.get(k)) && predicate.get(k + 1).equals("for")) {
            // "Should patients be fined for missing appointments?": the charge lowers what they are charged for
            List<String> done = new ArrayList<>();
            predicate.subList(k + 2, predicate.size()).forEach(w -> Motion.addTarget(done, w));
            return lowering(text, done, predicate.get(k), refused, List.of());
        }
        if (k + 2 < predicate.size() && Motion.isDecrease(predicate.get(k)) && predicate.get(k + 1).equals("from")
                && gerund(predicate.get(k + 2))) {
            // "MPs should be banned from holding second jobs": the ban lowers what they would do, not them; what
            // follows a preposition says when or where ("banned from driving for life": the driving)
            List<String> done = new ArrayList<>();
            for (String w : predicate.subList(k + 3, predicate.size())) {
                if (Motion.COMPLEMENT.contains(w)) {
                    break;
                }
                Motion.addTarget(done, w);
            }
            if (done.isEmpty()) {
                done.add(predicate.get(k + 2));
            }
            return lowering(text, done, predicate.get(k), refused, target);
        }
        // "should be switched off" or "should be sold off": the verb with its particle lowers the subject
        boolean decrease = predicate.stream().anyMatch(w -> Motion.isDecrease(w) || Motion.lowersAsWritten(text, w));
        double valence = predicate.stream().mapToDouble(Lexicon.INSTANCE::valence).sum();
        boolean negated = negatedModal || predicate.stream().anyMatch(Lexicon.NEGATORS::contains);
        int direction = (decrease || valence < -0.5 ? -1 : 1) * (negated ? -1 : 1);
        if (target.isEmpty() || predicate.isEmpty()) {
            return null;
        }
        String act = passiveAct(text, predicate);
        return new Motion(text.strip(), target, act.isEmpty() ? chargeNamed(predicate) : act, direction, complement);
    }

    /** A motion that lowers {@code done} by {@code act}, for it where the motion refuses the act; null for nothing. */
    private static Motion lowering(String text, List<String> done, String act, boolean refused,
            List<String> complement) {
        return done.isEmpty() ? null : new Motion(text.strip(), done, act, refused ? 1 : -1, complement);
    }

    /** A gerund ("holding", "using"), not a short word that ends the same way ("sing", "thing"). */
    static boolean gerund(String word) {
        return (word.endsWith("ing") && word.length() > 5 || word.equals("using")) && !word.contains("-");
    }

    /**
     * The charge a predicate names by an adjective of what may be charged ("a fine-able offence", "a taxable
     * activity"), so that the fines are the motion's act, or "" for none ("a civic duty" names no charge).
     */
    private static String chargeNamed(List<String> predicate) {
        for (String w : predicate) {
            if (!w.endsWith("able")) {
                continue;
            }
            String stem = w.substring(0, w.length() - 4).replaceAll("-$", "");
            for (String charge : List.of(stem, stem + "e")) {
                if (Motion.isCharge(charge)) {
                    return charge;
                }
            }
        }
        return "";
    }
}
