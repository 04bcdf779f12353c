package org.casebook.ingest.stance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;
import org.casebook.ingest.model.DetectedUnit;

/**
 * The side a briefing gives a section by its heading: under "The case for a ban" the points are the ban's, under
 * "The case against" or "What do critics say?" the other side's, until the next heading ("What happens
 * elsewhere?", "The bottom line"). Explainers set out each side in turn this way, and their sentences often carry
 * no sign of their own ("A large coffee can contain more caffeine than a can of energy drink"). Stateless.
 */
final class SidedSections {
    private SidedSections() {}

    /** The most words a heading has: a line this short without a closing full stop is a heading. */
    private static final int HEADING_WORDS = 10;
    /**
     * A heading that gives its section a side: "The case for a ban", "What are the main arguments against it?",
     * "Arguments in support".
     */
    private static final Pattern CASE = Pattern.compile("(?i)^\\W*(?:what\\s+(?:is|are)\\s+)?(?:the\\s+)?"
            + "(?:main\\s+|key\\s+|other\\s+)?(?:case|cases|argument|arguments|points|reasons)\\s+"
            + "(?<way>for|against|in\\s+(?:support|favour|favor))\\b(?<rest>.*)$");
    /** What opens a case's theme after its side: "The case for: housing supply", "The case against - cost". */
    private static final Pattern THEME = Pattern.compile("^\\s*[:\u2013\u2014-]");
    /** A heading's number: "2. Arguments in support", "3) The case against". */
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*[.)]\\s+");
    /**
     * A heading that names a side by its people: "What do supporters say?", "What critics say", "What do critics of
     * a ban say?".
     */
    private static final Pattern SIDE_SAYS = Pattern.compile("(?i)^\\W*what\\s+(?:do\\s+|does\\s+)?(?:the\\s+)?"
            + "(?<who>supporters|proponents|advocates|backers|critics|opponents|sceptics|skeptics)\\s+"
            + "(?:of\\s+(?<rest>[\\w'’ -]{1,40}?)\\s+)?(?:say|argue|think)\\b");
    /**
     * A heading that names a side by what it weighs: "Concerns", "Objections", "Benefits of a levy", "Risks of a
     * ban" (the free-school-meals briefing 14 -> 19 of 24; IAM macro-F1 0.132 -> 0.133). Risks alone are not the
     * proposal's: in a briefing on banning energy drinks, "Risks" may list the drinks'.
     */
    private static final Pattern WEIGHED = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:main\\s+|key\\s+|principal\\s+|"
            + "possible\\s+|potential\\s+)?(?:(?<bad>concerns|objections|criticisms|drawbacks|disadvantages|"
            + "downsides|cons|risks(?=\\s+of\\b))|benefits|advantages|pros)(?:\\s+(?:of|about|over|with|from)\\b"
            // "Concerns raised by the industry": who raised them, not what they are about
            + "(?<rest>.*)|\\s+(?:raised|voiced|expressed|put\\s+forward)\\s+by"
            + "(?:\\s+(?!about\\b|over\\b|with\\b|on\\b)[\\w'’-]+){1,4})?\\W*$");
    /**
     * A heading that asks why people want something done: "Why do some people want to scrap it?", "Why do others
     * want to keep it?". Their section is the side of what they want done.
     */
    private static final Pattern WANTED = Pattern.compile("(?i)^\\W*why\\s+(?:do|does|would|might)\\s+"
            + "(?:(?!not\\b|n't\\b)[a-z]+\\s+){1,3}?(?:want|wish|hope|seek|propose|prefer)\\s+to\\s+"
            + "(?<rest>[\\w'’ -]{1,40}?)\\W*$");
    /** Verbs that keep what exists: wanted for the target of a motion that lowers it, they are against it. */
    private static final Set<String> KEEPING = Set.of("keep", "retain", "maintain", "protect", "save", "defend",
            "preserve");
    /** The people of the side against what is proposed. */
    private static final Set<String> AGAINST = Set.of("critics", "opponents", "sceptics", "skeptics");

    /**
     * For each unit, the side its section's heading gives it towards the motion: 1 for, -1 against, 0 where no
     * heading before it gives one.
     */
    static int[] sides(String body, List<DetectedUnit> units, Motion motion) {
        List<DetectedUnit> inOrder = units.stream().sorted(Comparator.comparingInt(u -> u.span().start())).toList();
        int[] sides = new int[units.size()];
        int side = 0;
        int at = 0;
        int next = 0;
        int title = firstLine(body);
        String[] lines = body.split("\n", -1);
        // numbered lines head sections only where some of them name a side ("2. Arguments in support"); elsewhere
        // they are the points of a list ("3. Lower costs for families")
        boolean numberedSections = Arrays.stream(lines)
                .anyMatch(l -> numbered(l) && side(l.strip(), motion) != 0);
        for (String line : lines) {
            int start = at;
            at += line.length() + 1;
            if (!heading(line) || !numberedSections && numbered(line)) {
                continue;
            }
            // the units before this heading belong to the section before it
            while (next < inOrder.size() && inOrder.get(next).span().start() < start) {
                sides[inOrder.get(next).index()] = side;
                next++;
            }
            // the first line is the title: "The case against a sugar tax" heads the whole piece, whose quoted
            // voices keep their own sides (the headline counts in the author's lean as it is)
            side = start == title ? 0 : side(line.strip(), motion);
        }
        for (; next < inOrder.size(); next++) {
            sides[inOrder.get(next).index()] = side;
        }
        leadParagraphs(body, inOrder, sides, motion);
        // "So far, however, there is little evidence that this has happened": an answer to the point before it in
        // the section takes the other side from that point ("But the industry disagrees" answers the answer)
        // and the units after an answer in its paragraph go on with it ("These concerns are real, but none of them
        // justifies further delay. Life-cycle studies show ...")
        boolean[] answers = new boolean[units.size()];
        for (int k = 1; k < inOrder.size(); k++) {
            DetectedUnit u = inOrder.get(k);
            DetectedUnit previous = inOrder.get(k - 1);
            int before = previous.index();
            if (sides[u.index()] != 0 && sides[before] != 0 && ANSWER.matcher(u.span().cut(body)).find()) {
                sides[u.index()] = -sides[before];
                answers[u.index()] = true;
            } else if (answers[before] && sides[u.index()] == -sides[before]
                    && body.substring(previous.span().end(), u.span().start()).indexOf('\n') < 0) {
                sides[u.index()] = sides[before];
                answers[u.index()] = true;
            }
        }
        return sides;
    }

    /**
     * A paragraph's opening that sets out one side's case in what follows: "The case for a ban goes roughly like
     * this.", "The argument against it runs as follows:".
     */
    private static final Pattern CASE_SET_OUT = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:case|argument)\\s+"
            + "(?<way>for|against)\\b(?<rest>[^.;:]{0,60}?)\\s+(?:goes|runs)\\s+(?:roughly\\s+|something\\s+|"
            + "broadly\\s+)?(?:like\\s+this|as\\s+follows)(?:\\W*$|\\s*:)");

    /**
     * The side a paragraph's opening sentence gives the units of its paragraph (a line of the text) by setting out a
     * case ({@link #CASE_SET_OUT}), where no heading gave them one: "The case for a ban goes roughly like this.
     * Drive-throughs encourage car use, ... Campaigners also point out that idling engines ...". The opening itself
     * need not be a unit.
     */
    private static void leadParagraphs(String body, List<DetectedUnit> inOrder, int[] sides, Motion motion) {
        int side = 0;
        int paragraphEnd = -1;
        for (DetectedUnit u : inOrder) {
            int start = u.span().start();
            if (start > paragraphEnd) {
                int lineStart = body.lastIndexOf('\n', start - 1) + 1;
                int lineEnd = body.indexOf('\n', start);
                paragraphEnd = lineEnd < 0 ? body.length() : lineEnd;
                String line = body.substring(lineStart, paragraphEnd).strip();
                String opening = ArticleVoices.SENTENCE_END.split(line, 2)[0];
                Matcher m = CASE_SET_OUT.matcher(opening);
                side = m.find() ? (m.group("way").equalsIgnoreCase("against") ? -1 : 1)
                        * towards(Words.tokens(m.group("rest")), motion) : 0;
            }
            if (side != 0 && sides[u.index()] == 0) {
                sides[u.index()] = side;
            }
        }
    }

    /** A unit that opens by turning against what came before: "But ...", "However, ...", "So far, however, ...". */
    private static final Pattern ANSWER = Pattern.compile("(?i)^\\W*(?:but(?!\\s+also\\b)|yet(?!\\s+another\\b)|"
            + "however,)|^\\W*[^,;]{1,25},\\s+however,"
            // "These concerns are real, but none of them justifies further delay"
            + "|^\\W*(?:these|those|such|all\\s+(?:of\\s+)?these)\\s+(?:concerns|objections|worries|criticisms|fears|"
            + "points|arguments|risks|problems)\\b[^.;]*?[,;]\\s*(?:but|yet)\\b");

    /** Where the body's first line with words starts. */
    private static int firstLine(String body) {
        int at = 0;
        while (at < body.length() && Character.isWhitespace(body.charAt(at))) {
            at++;
        }
        return body.lastIndexOf('\n', at) + 1;
    }

    /** A short line that does not close as a sentence does: "The case against", "What happens elsewhere?". */
    private static boolean heading(String line) {
        String s = unnumbered(line);
        return !s.isEmpty() && s.split("\\s+").length <= HEADING_WORDS && !s.endsWith(".") && !s.endsWith("!")
                && !s.endsWith("\"") && !s.endsWith("\u201d") && Character.isUpperCase(s.charAt(0));
    }

    /** Whether the line opens with a heading's number ("2. Arguments in support"). */
    private static boolean numbered(String line) {
        return NUMBER.matcher(line.strip()).lookingAt();
    }

    /** The line without its number as a heading. */
    private static String unnumbered(String line) {
        return NUMBER.matcher(line.strip()).replaceFirst("");
    }

    /** The side a heading gives its section, 0 when it gives none. */
    static int side(String heading, Motion motion) {
        String words = unnumbered(heading);
        Matcher m = CASE.matcher(words);
        if (m.find()) {
            // "The case for: housing supply": what follows a colon or a dash is the case's theme, not what it is for
            List<String> rest = THEME.matcher(m.group("rest")).lookingAt() ? List.of() : Words.tokens(m.group("rest"));
            if (!rest.isEmpty() && (rest.getFirst().equals("and") || rest.getFirst().equals("or"))) {
                return 0; // "The case for and against": both sides
            }
            int way = m.group("way").equalsIgnoreCase("against") ? -1 : 1;
            return way * towards(rest, motion);
        }
        m = WEIGHED.matcher(words);
        if (m.find()) {
            // "Concerns" with nothing after them weigh the proposal; "Risks of doing nothing" something else
            int way = m.group("bad") != null ? -1 : 1;
            return way * (m.group("rest") == null ? motion.actSign() : towards(Words.tokens(m.group("rest")), motion));
        }
        m = WANTED.matcher(words);
        if (m.find()) {
            // "Why do others want to keep it?": keeping what a motion lowers is against it
            List<String> wanted = Words.tokens(m.group("rest"));
            if (wanted.isEmpty()) {
                return 0;
            }
            return motion.actionLowers() && KEEPING.contains(wanted.getFirst()) ? -motion.actSign()
                    : towards(wanted, motion);
        }
        m = SIDE_SAYS.matcher(words);
        if (m.find()) {
            // supporters and critics of the proposal: of the act where the motion rejects it ("Should cars not be
            // banned?": the ban's critics are for the motion)
            // "What do supporters of a ban say?": of what they are named for, as a case is
            int way = AGAINST.contains(m.group("who").toLowerCase(Locale.ROOT)) ? -1 : 1;
            return way * (m.group("rest") == null ? motion.actSign() : towards(Words.tokens(m.group("rest")), motion));
        }
        return 0;
    }

    /**
     * How what a case is made for stands to the motion: its act ("a ban", "scrapping the change", "abolition") or
     * nothing named (the motion's proposal) as the motion does, its target alone ("the case for beavers") by the
     * motion's direction; something else ("the case for caution", "for the status quo") not at all.
     */
    private static int towards(List<String> words, Motion motion) {
        boolean lowers = motion.actionLowers();
        boolean act = words.stream().anyMatch(w -> motion.isAction(w)
                || !motion.action().isEmpty() && (Words.sameStem(w, motion.action())
                || lowers && Motion.isDecrease(w) || !lowers && Lexicon.INCREASE.contains(w)));
        if (act || words.stream().allMatch(w -> Words.STOP.contains(w) || POINTING.contains(w))) {
            return motion.actSign();
        }
        return words.stream().anyMatch(motion::isTarget) ? motion.direction() : 0;
    }

    /** Words that point back to the proposal: "The case against it". */
    private static final Set<String> POINTING = Set.of("it", "this", "them", "one");
}
