package org.casebook.ingest.stance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.counter.CounterArgumentPairer;
import org.casebook.ingest.lexicon.Words;
import org.casebook.ingest.model.DetectedUnit;

/**
 * The voices of an article and how they stand to each other: who speaks each unit (the author or a named speaker),
 * which way each voice leans over its units, and what the text says of a voice's side beyond its own words: a
 * speaker quoted right after a group named by its side speaks for that group, and a unit the text marks as
 * contradicting another voice argues the other way. Scores are signed towards the motion, as {@link
 * PolarityReader#read} gives them. Stateless.
 */
final class ArticleVoices {
    /** How sure a unit's own reading must be for the unit the text marks as its answer to take the other side. */
    private static final double ANSWERED_SURE = 0.5;
    /** The strength of a marked answer's side taken from what it answers (as a call for more: 0.8). */
    private static final double ANSWER_STRENGTH = 0.8;
    private static final int SENTENCE_REACH = 400;
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+");

    /**
     * How many of the author's units a headline counts as in the author's lean: an op-ed's headline states its case
     * ("Rent controls would shrink the very homes renters need", "A sugar tax will not make us healthier"), where
     * the body's sentences may each read either way. Unseen reports 193 -> 199 of 307, IAM macro-F1 0.127 -> 0.128
     * (calibration error 0.106 -> 0.104), seeds unchanged; counted as 9 units, 201 of 307 but IAM's calibration
     * error 0.111. The author's own stated attitude counts as much (unseen 300 -> 301 of 468, IAM in their
     * articles 270 -> 271 of 396).
     */
    static final int HEADLINE_WEIGHT = 4;
    /** A headline ends without a full stop or an exclamation (a question may be a headline). */
    private static final Pattern SENTENCE_CLOSE = Pattern.compile("[.!?][\"”’)]?$");

    private ArticleVoices() {}

    /**
     * The unit that is the article's headline, or -1: the author's first unit, the whole first line of the text,
     * closed by no sentence mark ("Rent controls would shrink the very homes renters need").
     */
    static int headline(String body, List<DetectedUnit> units) {
        if (units.isEmpty()) {
            return -1;
        }
        DetectedUnit first = units.getFirst();
        String text = first.span().cut(body).strip();
        boolean firstLine = body.substring(0, first.span().start()).isBlank()
                && titleUnits(body, units).contains(first);
        return first.speaker() == null && firstLine && !SENTENCE_CLOSE.matcher(text).find() ? first.index() : -1;
    }

    /**
     * The side against the motion named in a debate's title, next to the debate: "Opposition speech", "a speech ...
     * opposing the motion", "Leader of the Opposition, debate on the motion"; not "Opposition day" or "faces
     * opposition".
     */
    private static final Pattern OPPOSING = Pattern.compile("(?i)\\b(?:opposition|opposing)\\s+speech\\b|"
            + "\\b(?:opposing|against)\\s+the\\s+motion\\b|\\bleader\\s+of\\s+the\\s+opposition\\b[^.]{0,40}?"
            + "\\bdebate\\s+on\\s+the\\s+motion\\b");
    /** The side for the motion named in a debate's title: "Proposition speech", "proposing the motion". */
    private static final Pattern PROPOSING = Pattern.compile("(?i)\\b(?:proposition|proposing)\\s+speech\\b|"
            + "\\b(?:proposing|supporting|for)\\s+the\\s+motion\\b|\\bin\\s+(?:favou?r|support)\\s+of\\s+the"
            + "\\s+motion\\b");

    /** The text's first line, its title, or "" when the text is one line. */
    private static String titleLine(String body) {
        int lineEnd = body.indexOf('\n');
        return lineEnd < 0 ? "" : body.substring(0, lineEnd);
    }

    /**
     * The side a speech's title gives its speaker: -1 for "Opposition speech: This House would ban zoos" or "...,
     * opposing the motion ...", 1 for a proposition's, 0 for a title that names no side of a debate, or both. The
     * motion quoted in such a title is the debate's, not the speaker's case.
     */
    static int titleSide(String body) {
        String title = titleLine(body);
        boolean against = OPPOSING.matcher(title).find();
        boolean forIt = PROPOSING.matcher(title).find();
        return against == forIt ? 0 : against ? -1 : 1;
    }

    /** The units on the text's first line: its title. */
    static List<DetectedUnit> titleUnits(String body, List<DetectedUnit> units) {
        int titleEnd = titleLine(body).length();
        return units.stream().filter(u -> titleEnd > 0 && u.span().end() <= titleEnd + 1).toList();
    }

    /**
     * A debate's title that names the speaker's side speaks for the author with that side: its units take it (and
     * the first counts as a thesis: {@link #theses}). Unseen reports 843 -> 847 of 1,407, the second-jobs speech 20
     * -> 22 of 35.
     */
    static void sideFromTitle(String body, List<DetectedUnit> units, double[] own) {
        int side = titleSide(body);
        if (side != 0) {
            titleUnits(body, units).forEach(u -> own[u.index()] = side);
        }
    }

    /** A voice over a unit's own scores: their sum, how many have a sign, and the sum of their sizes. */
    record Lean(double sum, int signed, double size) {
        /** The mean signed score, 0 when no unit has a sign. */
        double mean() {
            return signed == 0 ? 0 : sum / signed;
        }

        /** 1 when every unit argues the same way, near 0 when the voice argues both ways evenly. */
        double consistency() {
            return size == 0 ? 0 : Math.abs(sum) / size;
        }
    }

    /** Whether unit {@code next} follows {@code before} with nothing but white space between them. */
    private static boolean adjacent(String body, DetectedUnit before, DetectedUnit next) {
        return before.span().end() <= next.span().start()
                && body.substring(before.span().end(), next.span().start()).isBlank();
    }

    /** Who speaks a unit: "" for the author, else the speaker's name. */
    static String of(DetectedUnit u) {
        return u.speaker() == null ? "" : u.speaker().name();
    }

    /** Each voice's lean over the units' own scores ({@code own}, by unit index). */
    static Map<String, Lean> leans(List<DetectedUnit> units, double[] own) {
        return leans(units, own, Set.of());
    }

    /**
     * The units by which the author states their case outright, each counted as {@value #HEADLINE_WEIGHT} units in
     * the author's lean: the headline ({@link #headline}), the first unit of a debate's title that names the
     * speaker's side ({@link #titleSide}), and the author's own attitude towards the motion's target or act ("So yes,
     * I regret the rise of zero-hours contracts"; {@link StatedAttitude#firstPerson}), their belief that the act
     * should be done ("I believe cooking lessons should be compulsory"; {@link StatedAttitude#advocated}) or their
     * outright call for it ("The government should make water meters compulsory"; {@link StatedAttitude#called}).
     */
    static Set<Integer> theses(String body, List<DetectedUnit> units, List<PolarityReader.Reading> readings) {
        Set<Integer> theses = new HashSet<>();
        int headline = headline(body, units);
        if (headline >= 0) {
            theses.add(headline);
        }
        if (titleSide(body) != 0) {
            titleUnits(body, units).stream().findFirst().ifPresent(u -> theses.add(u.index()));
        }
        for (DetectedUnit u : units) {
            PolarityReader.Frame frame = readings.get(u.index()).frame();
            String text = u.span().cut(body);
            // "So yes, I regret the rise of ...", "That is why I believe cooking lessons should be compulsory"
            boolean stated = frame == PolarityReader.Frame.GROUP && StatedAttitude.firstPerson(text)
                    || PolarityReader.movesTarget(frame) && (StatedAttitude.advocated(text)
                    || StatedAttitude.called(text));
            if (u.speaker() == null && stated) {
                theses.add(u.index());
            }
        }
        return theses;
    }

    /**
     * As {@link #leans(List, double[])}, with the units by which the author states their case ({@link #theses})
     * counted as {@value #HEADLINE_WEIGHT} units each.
     */
    static Map<String, Lean> leans(List<DetectedUnit> units, double[] own, Set<Integer> theses) {
        return leans(units, own, theses, Set.of(), 1);
    }

    /**
     * As {@link #leans(List, double[], Set)}, with each speaker named by a surname in {@code proposers} (who brought
     * the motion: {@link #proposers}) counted as {@value #PROPOSER_WEIGHT} units backing its act ({@code actSign}: 1,
     * or -1 where the motion debated rejects the act the report tells of).
     */
    static Map<String, Lean> leans(List<DetectedUnit> units, double[] own, Set<Integer> theses,
            Set<String> proposers, int actSign) {
        Map<String, double[]> sums = new HashMap<>();
        for (DetectedUnit u : units) {
            double[] lean = sums.computeIfAbsent(of(u), v -> {
                boolean proposer = u.speaker() != null && proposers.contains(surname(u.speaker().name()));
                return proposer ? new double[] {actSign * PROPOSER_WEIGHT, PROPOSER_WEIGHT, PROPOSER_WEIGHT}
                        : new double[3];
            });
            int weight = theses.contains(u.index()) ? HEADLINE_WEIGHT : 1;
            lean[0] += weight * own[u.index()];
            lean[1] += own[u.index()] == 0 ? 0 : weight;
            lean[2] += weight * Math.abs(own[u.index()]);
        }
        Map<String, Lean> leans = new HashMap<>();
        sums.forEach((voice, s) -> leans.put(voice, new Lean(s[0], (int) s[1], s[2])));
        return leans;
    }

    /**
     * Who brought the motion a report tells of: "The motion, tabled by Green councillor Priya Nandakumar, would ...",
     * "a proposal put forward by Cllr Ann Hughes". What follows "by" up to the clause's end names them.
     */
    private static final Pattern PROPOSER = Pattern.compile("(?<!rival\\s|alternative\\s|wrecking\\s)\\b"
            + "(?:[Mm]otion|[Pp]roposal|[Bb]ill)"
            + ",?\\s+(?:(?:which\\s+)?(?:was|has\\s+been)\\s+)?(?:tabled|proposed|put\\s+forward|brought\\s+forward|"
            + "brought|moved|drafted|sponsored|introduced)\\s+by\\s+(?<who>[^,;:.!?()\"“”]{2,60})");
    /** A surname: a capitalised word. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

    /** The surnames of those the text names as bringing the motion ({@link #PROPOSER}). */
    static Set<String> proposers(String text) {
        Set<String> surnames = new HashSet<>();
        Matcher m = PROPOSER.matcher(text);
        while (m.find()) {
            String[] words = m.group("who").strip().split("\\s+");
            int name = words.length;
            while (name > 0 && CAPITALISED.matcher(words[name - 1]).matches()) {
                name--;
            }
            // a person: a capitalised name of two words or more ("Priya Nandakumar", "Cllr Ann Hughes"), not a body
            // ("the Liberal Democrats", "the Scottish National Party")
            boolean body = name > 0 && words[name - 1].equalsIgnoreCase("the");
            if (words.length - name >= 2 && !body) {
                surnames.add(words[words.length - 1]);
            }
        }
        return surnames;
    }

    /** The last word of a speaker's name: how a report names them again ("Nandakumar"). */
    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * "Critics of compulsory voting see it differently. 'Forcing people to the polls ...,' said Brennan": someone
     * quoted right after a group named by its side speaks for that group, whatever the words say.
     */
    static void speakForTheirGroups(String body, List<DetectedUnit> units, double[] own, Motion motion) {
        for (DetectedUnit u : units) {
            if (u.speaker() == null) {
                continue;
            }
            // "..., said councillor Priya Raman, who proposed the motion": the speaker's own part in the act
            String text = u.span().cut(body);
            int group = GroupVoice.described(text, motion);
            int colon = text.indexOf(':');
            if (group == 0 && colon > 0 && !text.substring(0, colon).contains(surname(u.speaker().name()))) {
                // "Disability campaigners have raised a different concern: Sheila Okafor ... said ..."
                group = GroupVoice.reacted(text.substring(0, colon), motion);
            }
            if (group == 0) {
                group = GroupVoice.introduced(sentenceBefore(body, u.span().start()), motion);
            }
            if (group != 0) {
                own[u.index()] = group * motion.direction();
            } else {
                representing(body, units, own, u);
            }
        }
    }

    /** A group's position told by the author: "But landlords say the scheme will punish responsible owners". */
    private static final Pattern GROUP_SAYS = Pattern.compile("(?i)^\\W*(?:(?:but|and|yet|however,?)\\s+)?"
            + "(?:(?:many|some|most|local|other)\\s+)?(?<group>[a-z][a-z-]{3,})\\s+(?:(?:have|also)\\s+)*(?:say|said|"
            + "argue|argued|warn|warned|insist|insisted|claim|claimed|fear|feared|complain|complained|counter|"
            + "countered)\\b");
    /**
     * How many units backing the act the one who brought the motion counts as in their lean: as many as the author's
     * stated thesis ({@link #HEADLINE_WEIGHT}); with stop 29's other rules for who stands where in a news report,
     * the glyphosate report 5 -> 9 of 24.
     */
    static final int PROPOSER_WEIGHT = 4;
    /** Words in a group's place that name no group: "They say", "Some argue". */
    private static final Set<String> NOT_A_GROUP = Set.of("they", "some", "many", "most", "others", "people",
            "experts", "officials", "reports", "studies");
    /** A speaker named by a role, not a name: "A council spokesperson", "The council". */
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:an?|the)\\b");
    /** Groups named by their side, for or against the act: "critics", "supporters". */
    private static final Set<String> SIDED_GROUPS = Set.of("critics", "opponents", "supporters", "proponents",
            "advocates", "backers", "sceptics", "skeptics", "detractors");
    /** How sure the group's position must read for the one who speaks for it to take its side. */
    private static final double GROUP_SURE = 0.5;

    /**
     * "But landlords say the scheme will punish responsible owners. Sandra Kelly, regional representative of the
     * National Residential Landlords Association, said ...": someone quoted right after a group's position, whom
     * the text names as one of the group or for it, argues the group's side, whatever their own words say; so does
     * anyone quoted next in the paragraph of a group named by its side ("Critics argue ..."), unless they turn to
     * answer it (unseen reports 1547 -> 1552 of 2413).
     */
    private static void representing(String body, List<DetectedUnit> units, double[] own, DetectedUnit u) {
        if (u.index() == 0) {
            return;
        }
        DetectedUnit before = units.get(u.index() - 1);
        Matcher m = GROUP_SAYS.matcher(before.span().cut(body));
        if (!adjacent(body, before, u) || before.speaker() != null || Math.abs(own[before.index()]) < GROUP_SURE
                || !m.find()) {
            return;
        }
        String group = m.group("group").toLowerCase(Locale.ROOT);
        String who = u.speaker().name() + " " + Objects.requireNonNullElse(u.speaker().description(), "");
        // "Critics argue that the charges will price out low-income families. Margaret Okafor, who runs a walking
        // group, said that ...": after a group named by its side, the next one quoted in its paragraph speaks for it,
        // if named rather than by a role ("A council spokesperson said ..."), not answering ("However, council leader
        // Sam Patel said ...") and not the one who brought the proposal
        boolean follows = SIDED_GROUPS.contains(group) && !RaisedObjection.TURN.matcher(u.span().cut(body)).find()
                && !ROLE.matcher(u.speaker().name()).lookingAt()
                && body.substring(before.span().end(), u.span().start()).indexOf('\n') < 0
                && !proposers(body).contains(surname(u.speaker().name()));
        if (!NOT_A_GROUP.contains(group)
                && (follows || Words.tokens(who).stream().anyMatch(w -> Words.sameStem(w, group)))) {
            own[u.index()] = Math.signum(own[before.index()]);
        }
    }

    /** A group's next point, told by a pronoun: "They also warn that ...", "And they argue that ...". */
    private static final Pattern THEY_GO_ON = Pattern.compile("(?i)^\\W*(?:and\\s+)?they\\s+(?:also\\s+|further\\s+|"
            + "even\\s+)?(?:argue|argued|warn|warned|say|said|note|noted|point\\s+out|pointed\\s+out|claim|claimed|"
            + "fear|feared|worry|worried|insist|insisted|add|added|contend|contended)\\b");

    /**
     * "Opponents argue that the green belt provides space for wildlife. They also warn that new estates would be
     * car-dependent": "they", right after a group named by its side, go on with that group's case (unseen reports
     * 842 -> 843 of 1,407).
     */
    static boolean[] goOnForTheirGroups(String body, List<DetectedUnit> units, double[] own, Motion motion) {
        boolean[] goOn = new boolean[units.size()];
        for (DetectedUnit u : units) {
            if (goesOnForItsGroup(body, units, own, u, motion)) {
                own[u.index()] = own[u.index() - 1];
                goOn[u.index()] = true;
            }
        }
        return goOn;
    }

    /**
     * Whether unit {@code u} is "they" going on with the case of a group named by its side in the unit right before
     * it ({@link #goOnForTheirGroups}, which says which units it found so): the group's case, not the other side's
     * raised by the author.
     */
    private static boolean goesOnForItsGroup(String body, List<DetectedUnit> units, double[] own, DetectedUnit u,
            Motion motion) {
        if (u.index() == 0 || u.speaker() != null || !THEY_GO_ON.matcher(u.span().cut(body)).find()) {
            return false;
        }
        DetectedUnit before = units.get(u.index() - 1);
        return adjacent(body, before, u) && before.speaker() == null && own[before.index()] != 0
                && groupsCase(before.span().cut(body), motion);
    }

    /**
     * "Yet the fear that compulsion fills ballots with random choices has not been borne out": what the text marks
     * as plainly contradicting another voice argues the other way from that voice (from the answered unit when its
     * words are sure, else from its voice's lean), unless its own words already do; so does a speaker's caveat
     * ({@link #caveat}) from the point before it, a point granted then answered ({@link #grantedThenAnswered})
     * and an author's turn that says nothing itself ({@link #turnedFrom}) from the other side's case before them.
     */
    static void answerTheOtherWay(String body, List<DetectedUnit> units, double[] own, Motion motion) {
        Map<String, Lean> voices = leans(units, own);
        for (DetectedUnit u : units) {
            int answered = CounterArgumentPairer.contradicted(body, units, u);
            if (answered < 0) {
                answered = caveat(body, units, own, u);
            }
            if (answered < 0) {
                answered = grantedThenAnswered(body, units, own, u, motion);
            }
            if (answered < 0) {
                answered = turnedFrom(body, units, own, u, motion);
            }
            if (answered < 0) {
                continue;
            }
            double said = Math.abs(own[answered]) >= ANSWERED_SURE ? own[answered]
                    : voices.get(of(units.get(answered))).mean();
            if (Math.abs(said) >= ANSWERED_SURE && Math.signum(own[u.index()]) != -Math.signum(said)) {
                own[u.index()] = -Math.signum(said) * ANSWER_STRENGTH;
            }
        }
    }

    /** The mean sign of the nearby units in the same voice: an argument usually runs over a few sentences. */
    static double neighbours(List<DetectedUnit> units, double[] own, DetectedUnit u) {
        double sum = 0;
        int n = 0;
        for (int j = Math.max(0, u.index() - 2); j <= Math.min(units.size() - 1, u.index() + 2); j++) {
            if (j != u.index() && own[j] != 0 && of(units.get(j)).equals(of(u))) {
                sum += Math.signum(own[j]) / (1 + Math.abs(j - u.index()));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** A caveat's opening: "However, the trust warned that ...". */
    private static final Pattern CAVEAT = Pattern.compile("^\\W*However\\b");

    /**
     * The unit a caveat turns from, or -1: someone quoted or reported who goes on with "However, ..." sets the
     * other side against the point they made just before, when its words are sure ("The trust said that dogs
     * disturbed nesting birds ... However, the trust warned that pushing dog walkers onto the quieter ends could
     * increase disturbance").
     */
    static int caveat(String body, List<DetectedUnit> units, double[] own, DetectedUnit u) {
        int before = u.index() - 1;
        return before >= 0 && u.speaker() != null && Math.abs(own[before]) >= ANSWERED_SURE
                && CAVEAT.matcher(u.span().cut(body)).find() && of(units.get(before)).equals(of(u)) ? before : -1;
    }

    /**
     * A point granted, then answered in the same breath: "Perhaps it would, ..., but", "Maybe so, but", "That may be
     * true of some courses, but".
     */
    private static final Pattern GRANTED_THEN_ANSWERED = Pattern.compile("(?i)^\\W*(?:perhaps|maybe|possibly|true|"
            + "(?:that|this|it)\\s+(?:may|might|could)\\s+(?:well\\s+)?be\\s+(?:so|true))\\b[^.;]*[,;]\\s*"
            + "(?:but|yet)\\b");

    /**
     * The unit a point granted and then answered turns from, or -1: right after the other side's case
     * ({@link #caseAnswered}: "Supporters of a ban say that a scrappage scheme would take care of this. Perhaps it
     * would, if such a scheme existed, but no government has shown the slightest appetite to pay for one."), the
     * answer argues against that case.
     */
    static int grantedThenAnswered(String body, List<DetectedUnit> units, double[] own, DetectedUnit u,
            Motion motion) {
        return u.speaker() == null && GRANTED_THEN_ANSWERED.matcher(u.span().cut(body)).find()
                ? caseAnswered(body, units, own, u, motion) : -1;
    }

    /** An opening that turns from what was said before: "But the diner would be paying exactly the same". */
    private static final Pattern TURNED = Pattern.compile("(?i)^\\W*(?:but|yet)\\b");

    /**
     * The unit an author's turn answers, or -1: right after the other side's case ({@link #caseAnswered}: "Critics
     * also say that menu prices would rise. Admittedly, a steak that costs £22 today might be listed at £24.75
     * tomorrow. But the diner would be paying exactly the same as before"), a sentence opening "But" or "Yet" whose
     * own words take no side argues against that case. Unseen reports 1,184 -> 1,189 of 1,923; seeds, IAM and IBM
     * unchanged.
     */
    static int turnedFrom(String body, List<DetectedUnit> units, double[] own, DetectedUnit u, Motion motion) {
        String text = u.span().cut(body);
        // "But they also warn that ...": the same case going on, not an answer to it
        Matcher turned = TURNED.matcher(text);
        if (u.speaker() != null || own[u.index()] != 0 || !turned.find()
                || THEY_GO_ON.matcher(text.substring(turned.end())).find() || groupsCase(text, motion)
                || RaisedObjection.raised(text)) {
            return -1;
        }
        return caseAnswered(body, units, own, u, motion);
    }

    /**
     * The other side's case that the author's unit {@code u} answers, or -1: the unit right before it in the author's
     * voice, set out by a group ("Critics also say that ...") or by the author ("They will say that ..."), when its
     * words are sure; a point granted to that case in between ("Admittedly, ...") is passed over, being no case of
     * its own.
     */
    private static int caseAnswered(String body, List<DetectedUnit> units, double[] own, DetectedUnit u,
            Motion motion) {
        DetectedUnit next = u;
        for (int j = u.index() - 1; j >= Math.max(0, u.index() - 2); j--) {
            DetectedUnit case_ = units.get(j);
            String said = case_.span().cut(body);
            if (case_.speaker() != null || !adjacent(body, case_, next)) {
                return -1;
            }
            boolean granted = RaisedObjection.granted(said);
            if (groupsCase(said, motion) || RaisedObjection.raised(said) && !granted) {
                return Math.abs(own[j]) >= ANSWERED_SURE ? j : -1;
            }
            if (!granted) {
                return -1;
            }
            next = case_;
        }
        return -1;
    }

    /** Whether the author's sentence sets out a group's case: "Opponents argue that ...", "Critics warn ...". */
    static boolean groupsCase(String sentence, Motion motion) {
        return GroupVoice.read(sentence, motion) != null || GroupVoice.bare(sentence) != null;
    }

    /** Whether the text holds a quotation mark: someone's words quoted. */
    static boolean quotes(String text) {
        return Words.QUOTATION_MARK.matcher(text).find();
    }

    /**
     * Whether the author's unit {@code u} is answered by the author's next unit, right after it in the same
     * paragraph, which turns from it ("Eight million pounds sounds like a great deal, and it is. But our annual
     * budget gap is around twelve million"): a point granted the other side, though nothing marks it so. Not a unit
     * that answers itself ("..., but ...") or makes the author's own call, nor one a group's case answers ("But
     * critics say ...").
     */
    static boolean answeredNext(String body, List<DetectedUnit> units, DetectedUnit u, Motion motion) {
        if (u.speaker() != null || u.index() + 1 >= units.size()) {
            return false;
        }
        DetectedUnit next = units.get(u.index() + 1);
        String text = u.span().cut(body);
        String answer = next.span().cut(body);
        return next.speaker() == null && adjacent(body, u, next)
                && body.substring(u.span().end(), next.span().start()).indexOf('\n') < 0
                && RaisedObjection.TURN.matcher(answer).find() && !groupsCase(answer, motion)
                && !quotes(text) && !quotes(answer)
                && !RaisedObjection.answered(text) && !StatedAttitude.called(text) && !StatedAttitude.advocated(text);
    }

    /** The sentence that ends before {@code start}, or "" at the start of the text. */
    static String sentenceBefore(String body, int start) {
        String before = body.substring(Math.max(0, start - SENTENCE_REACH), start).stripTrailing();
        String[] sentences = SENTENCE_END.split(before);
        return sentences.length == 0 ? "" : sentences[sentences.length - 1];
    }
}
