package org.casebook.ingest.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Gives each sentence its speaker, or null for the author's own voice. A sentence is attributed when it reports
 * speech itself ("Jim Nealon, a former ambassador, told The Post that ...", "According to Reuters, ...", "... ,"
 * a local worker said"), or when it lies in a quotation introduced by such a sentence ("Trump told reporters
 * Friday:" followed by a paragraph of quotation) or continued from one in the same paragraph. Pronouns and bare
 * titles resolve to the person last named as subject. Plural and generic subjects ("some critics say") stay with
 * the author. Stateless and thread-safe.
 */
public final class SpeakerAttributor {

    /**
     * Who speaks each segment (null: the author), and the lower-case surnames and titles by which the text refers to
     * the people it names ("trump", "president").
     */
    public record Voices(List<@Nullable Speaker> speakers, Set<String> people) {}

    public Voices voices(ArticleText article, List<Segment> segments) {
        String body = article.body();
        PersonRegistry people = PersonRegistry.of(body);
        Speaker[] speakers = new Speaker[segments.size()];
        Speaker intro = null;
        int introBlock = -1;
        Speaker quoting = null;
        int quotingBlock = -1;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String text = segment.span().cut(body);
            Speaker found = find(text, segment.quoted(), people, segments, i, body);
            if (found != null) {
                speakers[i] = found;
                if (text.stripTrailing().endsWith(":")) {
                    intro = found;
                    introBlock = segment.block();
                }
                if (text.contains("\u201c") || text.contains("\"")) {
                    quoting = found;
                    quotingBlock = segment.block();
                }
            } else if (intro != null && (segment.block() == introBlock + 1 || segment.quoted() && segment.block() == introBlock)) {
                speakers[i] = intro;
            } else if (segment.quoted() && quoting != null && segment.block() == quotingBlock) {
                speakers[i] = quoting;
            } else if (segment.quoted()) {
                speakers[i] = trailingInSameQuote(segments, i, body, people);
            }
            if (intro != null && segment.block() > introBlock + 1) {
                intro = null;
            }
        }
        return new Voices(new ArrayList<>(Arrays.asList(speakers)), people.references());
    }

    /** A preposition right before a name, which makes it no subject: "evidence from France suggests". */
    private static final Pattern GOVERNED = Pattern.compile("\\b(?:from|in|of|at|by|for|with|across|throughout)$");
    /** How far into a sentence a side taken may name its speaker ("Local hotel owner Daniel Trewin backed"). */
    private static final int SIDE_TAKEN_REACH = 40;

    private static @Nullable Speaker find(
            String text, boolean quoted, PersonRegistry people, List<Segment> segments, int i, String body) {
        Matcher m = SpeechPatterns.TRAILING.matcher(text);
        if (m.find()) {
            String np = m.group("np") != null ? m.group("np") : m.group("np2");
            String desc = m.group("desc2") == null ? null : m.group("desc2").strip();
            Speaker s = speakerFor(np.strip(), desc, people, segments, i, body);
            if (s != null) {
                if (isName(np.strip())) {
                    people.learn(s, null); // so that "He argues ..." after the quotation finds who "he" is
                }
                return s;
            }
        }
        if (quoted) {
            return null;
        }
        text = outsideQuotes(text);
        m = SpeechPatterns.ACCORDING.matcher(text);
        if (m.find()) {
            return new Speaker(m.group("np").replaceFirst("^the\\s+", "").strip(), null);
        }
        m = SpeechPatterns.APPOSITION.matcher(text);
        if (m.find() && isName(m.group("name"))) {
            Speaker s = people.resolve(m.group("name"), description(m.group("desc")));
            people.learn(s, null);
            return s;
        }
        m = SpeechPatterns.ROLE_FIRST.matcher(text);
        if (m.find() && isName(m.group("name"))) {
            // "Its chair, Maureen Quigley, said": whose chair the sentence before says, the role is the description
            String role = m.group("desc").replaceFirst("^(?:Its|Their|His|Her)\\s+", "").strip();
            Speaker s = people.resolve(m.group("name"), role);
            people.learn(s, null);
            return s;
        }
        m = SpeechPatterns.NAMED.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing().toLowerCase(java.util.Locale.ROOT);
            boolean aside = before.endsWith(" as") || before.endsWith(" what") || before.equals("as")
                    || GOVERNED.matcher(before).find(); // "the early evidence from France suggests": no one speaks
            // a full or titled name: "Residents of the estate said" names no one, "Ofcom said" no one to call "she"
            boolean person = m.group("title") != null || m.group("name").contains(" ");
            if (isName(m.group("name")) && !aside && (person || m.group("of") == null)) {
                String title = m.group("title") == null ? null : m.group("title").strip();
                String description = title == null ? null
                        : m.group("party") == null ? title : title + " (" + m.group("party") + ")";
                Speaker named = people.resolve(m.group("name"), description);
                if (person) {
                    people.learn(named, null); // so that "he says" in the next sentence finds who "he" is
                }
                return named;
            }
        }
        m = SpeechPatterns.SIDE_TAKEN.matcher(text);
        // a full or titled name near the start: "Local hotel owner Daniel Trewin backed the ban, arguing that"
        if (m.find() && m.start() < SIDE_TAKEN_REACH && isName(m.group("name"))
                && (m.group("title") != null || m.group("name").contains(" "))) {
            Speaker s = people.resolve(m.group("name"), m.group("title") == null ? null : m.group("title").strip());
            people.learn(s, null);
            return s;
        }
        m = SpeechPatterns.PRONOUN.matcher(text);
        if (m.find() && m.start() < 40) {
            return antecedent(m.group("pronoun"), segments, i, body, people);
        }
        m = SpeechPatterns.DESCRIBED.matcher(text);
        // "The proposition never told us ...": what someone did not say is the author's charge, not their words
        if (m.find() && !m.group("adverbs").toLowerCase(java.util.Locale.ROOT).contains("never")) {
            String desc = m.group("desc") == null ? null : description(m.group("desc"));
            return speakerFor(m.group("np").strip(), desc, people, segments, i, body);
        }
        return null;
    }

    /**
     * What stands between commas after a speaker as their description, or null where it is a turn of the argument
     * ("Ms Whitfield, however, said"), which describes no one.
     */
    private static @Nullable String description(String between) {
        String desc = between.strip();
        return TURNS.matcher(desc).matches() ? null : desc;
    }

    /** Words that turn or join an argument, set between commas after a name ("Ms Whitfield, however, said"). */
    private static final Pattern TURNS = Pattern.compile("(?i)however|though|too|meanwhile|instead|also|moreover|"
            + "furthermore|nevertheless|nonetheless|likewise|similarly|still|in turn|in contrast|by contrast|"
            + "for (?:her|his|their|its) part");

    /**
     * What an author reasons from, not who speaks: "The evidence suggests that ...", "The figures show ..." are the
     * author's own conclusion (a study or a report, which someone wrote, stays a source).
     */
    private static final Pattern ABSTRACT = Pattern.compile(
            "(?i)(?:the\\s+|this\\s+|that\\s+|such\\s+)?(?:available\\s+|best\\s+|latest\\s+)?(?:evidence|data|"
            + "figures|numbers|results|findings|history|experience|logic|reality|truth|record|balance of evidence)");

    /** A described speaker ("a local development worker", "the president"), unless it is plural or generic. */
    private static @Nullable Speaker speakerFor(
            String np, @Nullable String description, PersonRegistry people, List<Segment> segments, int i, String body) {
        Speaker titled = people.byTitleIn(np);
        if (titled != null) {
            return titled;
        }
        if (np.matches("(?i)(he|she)")) {
            return antecedent(np, segments, i, body, people);
        }
        String first = np.split("\\s+")[0];
        if (np.matches("(?i)(they|we|you|i|it|some|many|others|critics|experts)\\b.*") || ABSTRACT.matcher(np).matches()
                || np.matches(".*\\b(and|or)\\b.*") || (!np.contains(" ") && Character.isLowerCase(first.charAt(0)))) {
            return null;
        }
        if (Character.isUpperCase(first.charAt(0)) && !first.matches("An?|The|One|Another") && isName(np)) {
            return people.resolve(np, description);
        }
        String head = np.replaceAll("[^A-Za-z ]", " ").strip();
        if (head.split("\\s+").length > 8) {
            return null;
        }
        Speaker described = new Speaker(np, description);
        if (PersonRegistry.isBody(np)) {
            people.learn(described, null); // "The Marram Estuary Trust said ...": "the trust" is it from now on
        }
        return described;
    }

    /**
     * The person a pronoun refers to: the first known person named in the nearest sentence before, passing over one
     * the text has already called by the other pronoun ("She added ..." after "he told the meeting").
     */
    private static @Nullable Speaker antecedent(
            String pronoun, List<Segment> segments, int i, String body, PersonRegistry people) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            Speaker s = people.firstMentionIn(segments.get(j).span().cut(body), pronoun);
            if (s != null) {
                people.calls(s, pronoun);
                return s;
            }
        }
        return null;
    }

    /** A quotation whose speaker is named at its end ("... ," she said.) speaks for all its sentences. */
    private static @Nullable Speaker trailingInSameQuote(List<Segment> segments, int i, String body, PersonRegistry people) {
        for (int j = i + 1; j < segments.size() && segments.get(j).block() == segments.get(i).block(); j++) {
            Matcher m = SpeechPatterns.TRAILING.matcher(segments.get(j).span().cut(body));
            if (m.find()) {
                String np = m.group("np") != null ? m.group("np") : m.group("np2");
                return speakerFor(np.strip(), null, people, segments, j, body);
            }
        }
        return null;
    }

    /** The sentence with every quoted passage blanked out, so words inside a quotation never name its speaker. */
    static String outsideQuotes(String text) {
        StringBuilder out = new StringBuilder(text);
        int open = text.indexOf('\u201d') >= 0 && (text.indexOf('\u201c') < 0 || text.indexOf('\u201d') < text.indexOf('\u201c'))
                ? 0 : -1;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\u201c') {
                open = k;
            } else if (c == '\u201d' && open >= 0) {
                for (int x = open; x <= k; x++) {
                    out.setCharAt(x, ' ');
                }
                open = -1;
            }
        }
        if (open >= 0) {
            for (int x = open; x < text.length(); x++) {
                out.setCharAt(x, ' ');
            }
        }
        return out.toString();
    }

    private static boolean isName(String name) {
        return !SpeechPatterns.NOT_A_NAME.matcher(name.split("\\s+")[0]).matches();
    }
}
