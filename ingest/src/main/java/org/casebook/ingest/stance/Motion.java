package org.casebook.ingest.stance;

import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A motion as the user wrote it, read for what stance needs: its target (the words of what the motion acts on or
 * judges), its action verb if any, and its direction: +1 when the motion favours its target (adopt, allow,
 * increase; or judges it good), -1 when it turns against it (cut, ban, abolish; or judges it bad). Works on
 * statements ("This house would ..."), questions ("Should we ...?") and resolutions alike. {@code complement} holds
 * the words of whom or what the act is for ("to El Salvador, Guatemala and Honduras"), kept apart from the target.
 * {@code compels}: whether the motion makes its target compulsory ("Should physical education be compulsory?",
 * "This house would make voting compulsory"): then forcing and requiring it is the act, leaving it to choice the
 * opposite. Read once, from the text and the action, since stance asks it of every word. {@code movesAnAge}: whether
 * the motion moves the age from which its target, an activity, is allowed ("lower the voting age to 16": the target
 * is voting, the act "extend"), so that a word lowering that age in an argument raises the target.
 */
public record Motion(String text, List<String> target, String action, int direction, List<String> complement,
        boolean compels, boolean movesAnAge) {
    public Motion {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the motion is empty");
        }
        // whatever form the motion takes, a word that only qualifies its target is not part of it
        target = target.stream().anyMatch(w -> !QUALIFIERS.contains(w))
                ? target.stream().filter(w -> !QUALIFIERS.contains(w)).toList() : List.copyOf(target);
        complement = List.copyOf(complement);
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("direction " + direction);
        }
    }

    /** A motion whose compulsion is read from its text and action. */
    public Motion(String text, List<String> target, String action, int direction, List<String> complement) {
        this(text, target, action, direction, complement, compelling(text, action), false);
    }

    public static Motion parse(String text) {
        // "The council should ask the government to fluoridate the water supply": what is asked for is the act
        Matcher asked = ASKED.matcher(text);
        if (asked.lookingAt()) {
            Motion m = parse(text.substring(0, asked.end("modal")) + " " + text.substring(asked.end()));
            return new Motion(text.strip(), m.target(), m.action(), m.direction(), m.complement(), m.compels(),
                    m.movesAnAge());
        }
        // "... choose open source software in order to encourage its use": the purpose is not the act
        List<String> words = Words.tokens(PURPOSE.matcher(text).replaceFirst(" "));
        Motion special = MotionForms.read(text, words);
        if (special != null) {
            return special;
        }
        int verb = policyVerb(words);
        int direction = 1;
        List<String> target = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        boolean negated = false;
        // "introduce a ban on junk food advertising" is to ban it: the decrease brought in is the act
        int brought = verb >= 0 ? broughtDecrease(words, verb) : -1;
        int act = brought >= 0 ? brought : verb;
        if (verb >= 0) {
            direction = lowersBy(words.get(act)) || lowersAsWritten(text, words.get(act)) ? -1 : 1;
            for (int i = Math.max(0, verb - 3); i < verb; i++) {
                // "Shouldn't alcohol be forbidden": a question opening on a negative auxiliary and its subject
                // asks for a yes ("Don't ever ban it" has no subject)
                boolean askingYes = i == 0 && i + 1 < verb && words.get(i).endsWith("nt")
                        && !Set.of("ever", "just", "even", "always", "simply").contains(words.get(1));
                negated |= Lexicon.NEGATORS.contains(words.get(i)) && !askingYes;
            }
            // The object's head ("foreign aid"), not its complement ("to El Salvador ..."), is what the motion acts on.
            // "stop funding Central American governments": the gerund is what the act stops, the rest whom it is for
            List<String> object = brought >= 0 ? broughtObject(words, verb, brought)
                    : new ArrayList<>(words.subList(verb + 1, words.size()));
            if (brought < 0 && lowersAsWritten(text, words.get(verb))) {
                // "switch off street lights", "sell off its playing fields": the lights and the fields are the target
                object.removeIf(PARTICLES::contains);
            }
            if (isCharge(words.get(act))) {
                object = whatTheyDo(object);
            }
            boolean gerund = brought < 0 && !object.isEmpty() && MotionForms.gerund(object.getFirst());
            if (gerund && object.size() > 1 && Lexicon.INCREASE.contains(object.getFirst())) {
                // "stop granting new late-night licences": what stops being given is what the act lowers
                object = new ArrayList<>(object.subList(1, object.size()));
                gerund = false;
            }
            splitObject(object, gerund, target, complement);
            String verbWord = words.get(act);
            boolean moves = (Lexicon.DECREASE.contains(verbWord) || Lexicon.INCREASE.contains(verbWord))
                    && !BRINGING.contains(verbWord);
            if (moves) {
                // "lower the drink-drive limit": the instrument the verb moves is the target, though the word alone
                // may be one that lowers ("limit"); not one brought in ("introduce a 20mph speed limit")
                for (String w : object) {
                    if (COMPLEMENT.contains(w)) {
                        break;
                    }
                    if (INSTRUMENTS.contains(w) && !target.isEmpty() && !target.contains(w)) {
                        target.add(w);
                    }
                }
            }
        } else {
            // A judgement ("advertising is harmful"): the target is the subject, the direction the predicate's tone.
            int copula = subjectEnd(words);
            splitObject(words.subList(0, copula), false, target, complement);
            double valence = 0;
            for (String w : words.subList(copula, words.size())) {
                valence += Lexicon.INSTANCE.valence(w);
                negated ^= Lexicon.NEGATORS.contains(w);
            }
            direction = valence < -0.5 ? -1 : 1;
        }
        if (negated) {
            direction = -direction;
        }
        if (target.isEmpty()) {
            words.forEach(w -> addTarget(target, w));
        }
        return new Motion(text.strip(), target, act >= 0 ? words.get(act) : "", direction, complement);
    }

    /**
     * A motion that asks another body to act: "The council should ask the government to", "This house would urge
     * ministers to", "We should call on the Secretary of State to".
     */
    private static final Pattern ASKED = Pattern.compile("(?i)^.*?\\b(?<modal>should|must|would|will|ought\\s+to)"
            + "\\s+(?:formally\\s+|now\\s+)?(?:ask|urge|call\\s+on|call\\s+upon|lobby|press|petition|request)\\s+"
            // not "urge the government not to renew Trident", "lobby against plans to ban", "ask for it to be kept"
            + "(?:the\\s+)?(?:(?!(?:not|never|against|for)\\b)[\\w'’-]+\\s+){1,4}?to\\s+(?!be\\b)(?=\\w)");

    /** How far after a lowering or raising word the age it moves may come ("lower the minimum voting age"). */
    private static final int AGE_REACH = 5;
    /**
     * Whether word {@code i} acts on the age of the target ("lower the voting age"), where the motion moves that
     * age: lowering it raises the target, raising it lowers the target.
     */
    boolean movesAge(List<String> words, int i) {
        if (!movesAnAge) {
            return false;
        }
        for (int j = i + 1; j < Math.min(words.size(), i + AGE_REACH + 1); j++) {
            if (words.get(j).equals("age") && isTarget(words.get(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that only qualify what the motion acts on, and name nothing of it alone: in "switch off residential street
     * lights" a street or in "broadcast criminal trials" a crime is not what is argued about. Not words that name a
     * kind of their own ("physical education", "private fireworks").
     */
    private static final Set<String> QUALIFIERS = Set.of("new", "residential", "electronic", "criminal", "federal",
            "annual", "default", "live", "very", "legal", "existing", "current");

    static final Set<String> COMPLEMENT = Set.of("to", "for", "in", "on", "from", "at", "between", "during",
            "against", "into", "with", "by", "using", "through");

    static final Set<String> MODALS = Set.of("should", "would", "will", "must", "shall",
            "supports", "support", "favours", "favors", "shouldnt", "wouldnt");

    /**
     * The motion's action: a charge on those charged for doing something ({@link #chargedFor}), else a known
     * increasing or decreasing verb anywhere, or else the verb right after a modal ("This house would disband ASEAN",
     * "Should we legalize ..."), skipping "not", "never" and a subject pronoun.
     */
    private static int policyVerb(List<String> words) {
        int charged = chargedFor(words);
        if (charged >= 0) {
            return charged;
        }
        // a listed verb or an inflection of one first ("outlaws"), then one found by its stem only: "Should the
        // death penalty be abolished" is about abolishing ("penalty" shares its stem with "penalize")
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (inflectionOf(w, Lexicon.DECREASE) || Lexicon.INCREASE.contains(w) && !w.equals("more")
                    && !w.equals("greater")) {
                return i;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (isDecrease(words.get(i))) {
                return i;
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (MODALS.contains(words.get(i))) {
                int j = i + 1;
                while (j < words.size() && Set.of("not", "never", "we", "you", "they", "the", "be", "also")
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

    /** Verbs that bring something in: "introduce a ban on ...", "impose a tax on ...", "adopt a sugar tax". */
    private static final Set<String> BRINGING = Set.of("introduce", "introducing", "impose", "imposing", "adopt",
            "adopting", "implement", "implementing", "enact", "enacting", "establish", "establishing", "create",
            "creating", "levy", "levying", "put", "putting", "place", "placing", "bring", "pass", "passing");
    /**
     * Charges a motion may bring in, one standing for another in an article ("a tourist tax" read as "the levy"):
     * each lowers what it is charged on ("a frequent flyer levy" lowers frequent flying, "fine patients who miss
     * appointments" missing them).
     */
    private static final Set<String> CHARGES = Set.of("tax", "taxes", "levy", "levies", "charge", "charges",
            "surcharge", "surcharges", "toll", "tolls", "duty", "duties", "fine", "fines", "fee", "fees");

    /**
     * The index of a decrease that the motion's verb brings in, within its next four words ("introduce a ban on",
     * "impose a new tax on", "introduce a sugar tax"), or -1.
     */
    private static int broughtDecrease(List<String> words, int verb) {
        if (!BRINGING.contains(words.get(verb))) {
            return -1;
        }
        for (int k = verb + 1; k < Math.min(words.size(), verb + 5); k++) {
            if (COMPLEMENT.contains(words.get(k))) {
                return -1;
            }
            if (inflectionOf(words.get(k), Lexicon.DECREASE) || CHARGES.contains(words.get(k))) {
                // "a £45 charge for garden waste collection" is a price for a service brought in, not a cut of it
                boolean price = k + 1 < words.size() && words.get(k + 1).equals("for")
                        && inflectionOf(words.get(k), PAID_FOR);
                return price ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * What a decrease brought in acts on: what follows "on" ("a ban on junk food advertising"), or else the words
     * before it and what follows it ("a sugar tax for schools": sugar, for schools).
     */
    private static List<String> broughtObject(List<String> words, int verb, int brought) {
        if (brought + 1 < words.size() && Set.of("on", "upon", "against").contains(words.get(brought + 1))) {
            return words.subList(brought + 2, words.size());
        }
        List<String> object = new ArrayList<>(words.subList(verb + 1, brought));
        object.removeIf(Words.STOP::contains);
        object.addAll(words.subList(brought + 1, words.size()));
        return object;
    }

    /** Charges that are a price for what follows "for" ("a charge for garden waste collection"). */
    private static final Set<String> PAID_FOR = Set.of("charge", "fee", "toll", "surcharge");

    /**
     * What those charged do, when the charge names them by it ("fine patients who miss GP appointments", "tax firms
     * that pollute"): the charge lowers the doing, not the people. The object as it is when it names no such clause.
     */
    private static List<String> whatTheyDo(List<String> object) {
        for (int k = 1; k < Math.min(object.size() - 1, RELATIVE_REACH + 1); k++) {
            if (RELATIVE.contains(object.get(k))) {
                return object.subList(k + 1, object.size());
            }
            // "charge residents for using its tennis courts", "fine people for feeding pigeons": what they are
            // charged for doing; plain use names nothing of its own, what is used does
            if (object.get(k).equals("for") && MotionForms.gerund(object.get(k + 1))) {
                int from = object.get(k + 1).equals("using") && k + 2 < object.size() ? k + 2 : k + 1;
                return object.subList(from, object.size());
            }
        }
        return object;
    }

    /**
     * The index of a charge the motion makes as its verb on those charged for doing something ("should charge
     * residents for using ...", "would fine people for feeding pigeons", "Should the council charge ..."), a modal
     * within the three words before it, or -1: that is its act, whatever verb the doing names.
     */
    private static int chargedFor(List<String> words) {
        for (int i = 1; i + 2 < words.size(); i++) {
            // "should charge", "should not charge", "Should the council charge"
            if (isCharge(words.get(i)) && words.subList(Math.max(0, i - 3), i).stream().anyMatch(MODALS::contains)) {
                for (int k = i + 1; k < Math.min(words.size() - 1, i + RELATIVE_REACH + 2); k++) {
                    if (words.get(k).equals("for") && MotionForms.gerund(words.get(k + 1))) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** How many words may name those charged before the clause of what they do ("fine GP patients who"). */
    private static final int RELATIVE_REACH = 3;
    /** Words that open the clause of what those charged do ("patients who miss", "firms that pollute"). */
    private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whose");

    private static final Pattern PURPOSE = Pattern.compile(
            "(?i),?\\s+(?:in order|so as) (?:not )?to\\b[^,]*,?");

    /**
     * Puts an object's words in the target until a preposition starts whom or what the act is for ("aid | to
     * Central America"), or, after a gerund, from its second word ("funding | Central American governments").
     */
    static void splitObject(List<String> object, boolean gerund, List<String> target, List<String> complement) {
        boolean inComplement = false;
        for (int k = 0; k < object.size(); k++) {
            String w = object.get(k);
            inComplement |= (COMPLEMENT.contains(w) || gerund && k > 0) && !target.isEmpty();
            if (inComplement) {
                addTarget(complement, w);
            } else if (!w.chars().allMatch(Character::isDigit)) {
                addTarget(target, w); // a number names nothing acted on ("a £45 charge")
            }
        }
    }

    /** The word or the word less an ending of inflection ("outlaws", "banned") is in {@code verbs}. */
    private static boolean inflectionOf(String word, Set<String> verbs) {
        if (verbs.contains(word)) {
            return true;
        }
        for (String ending : List.of("s", "es", "ed", "d", "ing")) {
            if (word.endsWith(ending) && verbs.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDecrease(String word) {
        if (Lexicon.DECREASE.contains(word) || CONVERTING.contains(word)) {
            return true;
        }
        for (String d : Lexicon.DECREASE) {
            // a word the verb is made from is no decrease: "criminal trials", "the death penalty"
            if (Words.sameStem(d, word) && !(word.length() < d.length() && d.startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "should",
            "would", "must", "can", "has", "have", "causes", "cause", "leads", "lead", "does", "do");
    static final Set<String> PREFIX = Set.of("this", "house", "believes", "that", "we",
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

    /**
     * Words of how many, which say how much of the target the act takes, not what it is: "close most ticket
     * offices".
     */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "several", "few", "every", "each",
            "both", "half");

    static void addTarget(List<String> target, String word) {
        if (!Words.STOP.contains(word) && !Lexicon.NEGATORS.contains(word) && !QUANTIFIERS.contains(word)
                && word.length() > 1
                && !Lexicon.DECREASE.contains(word) && !Lexicon.INCREASE.contains(word)) {
            target.add(word);
        }
    }

    /** Heads of a target that name an instrument worked on something: "rent controls", "congestion charge". */
    private static final Set<String> INSTRUMENTS = Set.of("control", "controls", "charge", "charges", "meter", "meters",
            "scheme", "schemes", "fee", "fees", "levy", "levies", "tax", "taxes", "cap", "caps", "limit", "limits",
            "ban", "bans", "tariff", "tariffs", "toll", "tolls");

    boolean isTarget(String word) {
        if (COMPULSION.contains(word) && compels()) {
            return false; // "make voting compulsory": the compulsion is the act, voting what it acts on
        }
        String head = hyphenHead(word);
        // "water meters": where the head is an instrument, its modifier alone names what the instrument works on
        // ("water stress", "rents have risen"), a reason for the instrument rather than the instrument itself
        // "greyhound racing": where the head is an activity, its modifier alone names what the activity is done to or
        // with ("thousands of greyhounds"), not the activity
        int first = target.size() > 1 && (INSTRUMENTS.contains(target.getLast()) || activity(target.getLast()))
                ? target.size() - 1 : 0;
        for (String t : target.subList(first, target.size())) {
            if (Words.sameStem(t, word) || headOf(t, word) || head != null && Words.sameStem(t, head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target's head names an activity: "racing", "testing", "parking". */
    private static boolean activity(String head) {
        return head.length() > 5 && head.endsWith("ing") && !THINGS_IN_ING.contains(head);
    }

    /** Words in "-ing" that name a thing or a time, not an activity: "the old library building". */
    private static final Set<String> THINGS_IN_ING = Set.of("building", "buildings", "ceiling", "ceilings", "clothing",
            "wedding", "weddings", "evening", "evenings", "morning", "mornings", "housing", "lighting", "railing",
            "railings");

    /**
     * The last part of a hyphenated compound, which names what the compound names ("self-checkout" a checkout, as in
     * "self-service checkouts"), or null: no hyphen, a head too short to name anything, or a prefix that turns the
     * compound against its head ("anti-tax", "non-smoking").
     */
    private static @Nullable String hyphenHead(String word) {
        int last = word.lastIndexOf('-');
        if (last <= 0 || word.length() - last - 1 < 4 || REVERSING.contains(word.substring(0, word.indexOf('-')))) {
            return null;
        }
        return word.substring(last + 1);
    }

    /** Prefixes that turn a compound against its head ("anti-tax", "non-smoking", "stop-smoking services"). */
    private static final Set<String> REVERSING = Set.of("anti", "non", "counter", "post", "ex", "stop", "quit", "no");

    /**
     * "phones" for "smartphones", "cigarettes" for "e-cigarettes", "boards" for "A-boards": the compound's head
     * names the same thing. A one-letter prefix and its hyphen are shorter than the three letters asked of other
     * prefixes, and make a kind of the head, except where the compound names a grade or a class ("A-levels",
     * "A-roads", "A-list": {@link #LETTER_GRADES}).
     */
    private static boolean headOf(String compound, String word) {
        String c = compound.endsWith("s") ? compound.substring(0, compound.length() - 1) : compound;
        String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        boolean lettered = c.length() == w.length() + 2 && c.charAt(1) == '-' && !LETTER_GRADES.contains(w);
        return w.length() >= 4 && (c.length() - w.length() >= 3 || lettered) && c.endsWith(w);
    }

    /** Heads that a letter grades or classes rather than kinds: "A-level", "A-road", "B-list". */
    private static final Set<String> LETTER_GRADES = Set.of("level", "road", "list", "side", "team", "grade");

    /** A word of the object's complement: whom or what the act is for ("aid to El Salvador"). */
    boolean isComplement(String word) {
        for (String c : complement) {
            if (Words.sameStem(c, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the motion's act brings something in ("introduce an opt-out system", "adopt a new scheme"). */
    boolean bringsIn() {
        return BRINGING.contains(action);
    }

    /** Whether the motion's verb lowers what it acts on ("cut", "ban"), whether or not the motion negates it. */
    boolean actionLowers() {
        return !action.isEmpty() && (lowersBy(action) || lowersAsWritten(text, action));
    }

    /**
     * Whether {@code verb}, the motion's, lowers what it acts on by how the motion writes it, not by the word alone:
     * with a particle ("switch off street lights", {@link #switchesOff}) or as a sale of what is owned ("sell off its
     * playing fields", {@link #disposes}).
     */
    static boolean lowersAsWritten(String text, String verb) {
        return switchesOff(text, verb) || disposes(text, verb);
    }

    /**
     * A sale of something owned, named as such: sold off ("sell off its playing fields", "the depot should be sold
     * off"), sold by its owner ("sell its stake", "sell council land") or sold to be built on ("sell the Meadow Lane
     * allotments for housing development"). What is sold is lost to those who sell it, as what is converted is; not
     * goods for sale ("shops should sell alcohol on Sundays", "Alcohol should be sold in supermarkets",
     * "Pharmacies should sell the morning-after pill over the counter").
     */
    private static final Pattern DISPOSING = Pattern.compile("(?i)\\b(?:sell|sells|selling|sold)\\s+(?:off\\b|"
            + "(?:its|our|their|public|council)\\b|(?:[^.;]{0,60}?\\s)?for\\s+(?:housing|development|redevelopment|"
            + "building)\\b)");
    /** The verb of such a sale. */
    private static final Set<String> SELLING = Set.of("sell", "sells", "selling", "sold");

    /** Whether {@code verb} is the motion's verb, selling what is owned ({@link #DISPOSING}). */
    static boolean disposes(String text, String verb) {
        return SELLING.contains(verb) && DISPOSING.matcher(text).find();
    }

    /** Verbs that lower what they act on with a particle after them: "switch off", "wind down", "scale back". */
    private static final Pattern SWITCHING_OFF = Pattern.compile(
            "(?i)\\b(switch|turn|wind|scale|roll|power|shut|close|cut)(?:es|s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:off|down|back)\\b");
    /** The particles of such verbs, not part of what they act on. */
    private static final Set<String> PARTICLES = Set.of("off", "down", "back");

    /** Whether {@code verb} is the motion's verb used with a particle that makes it lower its object. */
    static boolean switchesOff(String text, String verb) {
        if (!text.contains(" off") && !text.contains(" down") && !text.contains(" back")) {
            return false; // most motions: asked of every word of an article, so spared the pattern
        }
        Matcher m = SWITCHING_OFF.matcher(text);
        return m.find() && Words.sameStem(m.group(1).toLowerCase(Locale.ROOT), verb);
    }

    /** Whether a motion's verb or the charge it brings in lowers what it acts on ("cut", "ban", "levy"). */
    private static boolean lowersBy(String word) {
        return isDecrease(word) || isCharge(word);
    }

    /**
     * Verbs that make what they act on into something else, so that it ends: "convert Brackley Park Golf Course into
     * a nature reserve" and "Brackley Park Golf Course should be converted into a nature reserve" are against the golf
     * course, what it becomes the complement. A motion's verb, not an article's word of decrease.
     */
    private static final Set<String> CONVERTING = Set.of("convert", "converting", "converted", "replace",
            "replacing", "replaced");

    /** Whether the motion's act is a charge ("introduce a tourist tax", "a frequent flyer levy"). */
    boolean charges() {
        return isCharge(action);
    }

    /** A charge or an inflection of one ("fined", "taxed"). */
    static boolean isCharge(String word) {
        return inflectionOf(word, CHARGES);
    }

    /** -1 when the motion rejects its own verb ("should not cut aid"), otherwise 1. */
    int actSign() {
        return action.isEmpty() ? 1 : actionLowers() ? -direction : direction;
    }

    boolean isAction(String word) {
        if (compels()) {
            // "forced to take physical education", "a mandatory course": the compulsion is the act; "make" in
            // "make voting compulsory" only carries it ("does not make them informed" is no act on voting)
            return COMPULSION.contains(word);
        }
        return !action.isEmpty() && (Words.sameStem(action, word) || action.equals(word)
                || isCharge(action) && CHARGES.contains(word) || forbids() && FORBIDDING.contains(word)
                || SELLING.contains(action) && SALE.contains(word)
                || CLOSING.contains(action) && CLOSING.contains(word));
    }

    /** The words of a closure, each naming the act of a motion that closes: "trade would suffer if the lido shut". */
    private static final Set<String> CLOSING = Set.of("close", "closes", "closed", "closing", "closure", "closures",
            "shut", "shuts", "shutting", "shutdown");

    /** The words of a sale, each naming the act of a motion that sells: "I oppose the sale of the allotments". */
    private static final Set<String> SALE = Set.of("sell", "sells", "selling", "sold", "sale", "disposal");

    /**
     * The words of a prohibition, each standing for another when the motion forbids: "Let us clean up the stoves,
     * not outlaw them" and "tougher regulation, not prohibition" refuse a motion that bans.
     */
    private static final Set<String> FORBIDDING = Set.of("ban", "bans", "banned", "banning", "prohibit",
            "prohibits", "prohibited", "prohibiting", "prohibition", "outlaw", "outlaws", "outlawed", "outlawing",
            "forbid", "forbids", "forbidden", "forbidding");

    /** Whether the motion's act is a prohibition ("should be banned", "outlaw", "introduce a ban on"). */
    boolean forbids() {
        return FORBIDDING.contains(action);
    }

    private static boolean compelling(@Nullable String text, @Nullable String action) {
        // "abolish mandatory minimum sentences" abolishes: its verb, not the compulsion it names, is the act; in
        // "introduce mandatory national service" the verb only brings the compulsion in
        return text != null && action != null
                && (action.isEmpty() || CARRIERS.contains(action) || COMPULSION.contains(action)
                || BRINGING.contains(action))
                && COMPELLING.matcher(text).find();
    }

    /** For a motion that compels: a word that leaves the target to choice ("optional", "voluntary"). */
    boolean isOption(String word) {
        return OPTION.contains(word) && compels();
    }

    private static final Pattern COMPELLING = Pattern.compile(
            "\\b(compulsory|mandatory|obligatory|required|require|mandated?|compel(led)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of compulsion: what a compelling motion's act is, and the duty a motion may lay on someone. */
    static final Set<String> COMPULSION = Set.of("compulsory", "mandatory", "obligatory", "require",
            "requires", "required", "requiring", "requirement", "requirements", "mandate", "mandates", "mandated",
            "mandating", "compel", "compels", "compelled", "compulsion", "force", "forces", "forced",
            "forcing", "oblige", "obliges", "obliged", "obligation");
    /** Verbs that only carry a compulsion named after them: "make voting compulsory". */
    static final Set<String> CARRIERS = Set.of("make", "makes", "making", "made", "keep", "become");
    private static final Set<String> OPTION = Set.of("optional", "voluntary", "voluntarily", "elective",
            "electives", "opt");
}
