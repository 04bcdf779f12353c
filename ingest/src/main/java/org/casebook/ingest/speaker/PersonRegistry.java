package org.casebook.ingest.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * The people an article names with a title or a description ("President Trump", "Sen. Kamala D. Harris
 * (D-Calif.)", "Jim Nealon, a former U.S. ambassador"), so that later mentions by surname, by title ("the
 * president") or by pronoun resolve to the fullest form the text gives; and the bodies that speak in it ("The
 * Marram Estuary Trust"), which later mentions name by their kind ("the trust"), as a title.
 */
final class PersonRegistry {
    private static final Pattern TITLED = Pattern.compile("(?<title>" + SpeechPatterns.TITLE + ")\\s+(?<name>"
            + SpeechPatterns.NAME + ")(?:\\s*\\((?<party>[^)]{1,20})\\))?");

    /** A name and a description after it: "Shona Barratt, a nurse who ...,". */
    private static final Pattern DESCRIBED = Pattern.compile("\\b(?<name>" + SpeechPatterns.NAME + "),"
            + "\\s+(?:an?|the)\\s+[a-z][^,;:\u201c\"]{2,100},");
    /** Words that open a sentence before a name and are no part of it: "Meanwhile Shona Barratt, a nurse, ...". */
    private static final Pattern OPENER = Pattern.compile("^(?:[A-Z][a-z]*ly|Meanwhile|Elsewhere|Today|Yesterday|"
            + "Now|Then|Later|Earlier|Last|Next|Still|Yet|So|But|And)\\s+");
    /** Last words that name a body, not a person: "North Yorkshire Council, the authority for roads, ...". */
    private static final Pattern BODY = Pattern.compile(".*\\b(?:Council|Trust|Association|University|Department|"
            + "Ministry|Agency|Office|Authority|Society|Institute|Group|Party|Committee|Commission|Police|Service|"
            + "Company|Foundation|Board|Union|School|College|Hospital|Bank|Court|Government|Network|Alliance)$");
    /** Titles of courtesy that say "he". */
    private static final Pattern HIS_TITLE = Pattern.compile("(?:Mr|Sir|Lord)\\.?");
    /** Titles of courtesy that say "she". */
    private static final Pattern HER_TITLE = Pattern.compile("(?:Mrs|Ms|Dame|Baroness)\\.?");

    /** A title of courtesy, with or without its full stop: two people may be "Dr." in one article. */
    private static final Pattern COURTESY = Pattern.compile(SpeechPatterns.COURTESY + "\\.?");
    /** A title of courtesy that opens a name ("Mrs Hollis"), left out when the name is looked up. */
    private static final Pattern COURTESY_BEFORE = Pattern.compile("^" + COURTESY.pattern() + "\\s+");

    private final Map<String, Speaker> bySurname = new HashMap<>();
    private final Map<String, Speaker> byTitle = new HashMap<>();
    /** The pronoun ("he", "she") by which the text has referred to each person, by surname. */
    private final Map<String, String> pronouns = new HashMap<>();

    static PersonRegistry of(String text) {
        PersonRegistry registry = new PersonRegistry();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (SpeechPatterns.NOT_A_NAME.matcher(name.split("\\s+")[0]).matches()) {
                continue;
            }
            String title = m.group("title");
            String party = m.group("party");
            String description = party == null ? title : title + " (" + party + ")";
            registry.learn(new Speaker(name, description), title);
        }
        // "Shona Barratt, a nurse who works early shifts, drops ...": named and described, though not speaking yet
        Matcher a = DESCRIBED.matcher(text);
        while (a.find()) {
            String name = OPENER.matcher(COURTESY_BEFORE.matcher(a.group("name")).replaceFirst("")).replaceFirst("");
            if (name.contains(" ") && !BODY.matcher(name).matches()
                    && !SpeechPatterns.NOT_A_NAME.matcher(name.split("\\s+")[0]).matches()) {
                registry.learn(new Speaker(name, null), null);
            }
        }
        return registry;
    }

    /** Remembers a person; a fuller name or a description replaces a thinner one (none, or a title of courtesy). */
    void learn(Speaker speaker, @Nullable String title) {
        String surname = surname(speaker.name());
        Speaker known = bySurname.get(surname);
        if (known == null || speaker.name().length() > known.name().length()
                || speaker.description() != null && thinner(known.description(), speaker.description())) {
            String description = speaker.description() != null ? speaker.description()
                    : known == null ? null : known.description();
            String name = known != null && known.name().length() > speaker.name().length() ? known.name() : speaker.name();
            bySurname.put(surname, new Speaker(name, description));
        }
        if (title != null && !COURTESY.matcher(title).matches()) {
            byTitle.putIfAbsent(title.toLowerCase(Locale.ROOT).replace(".", ""), bySurname.get(surname));
        } else if (title == null && isBody(speaker.name())) {
            // "The Marram Estuary Trust said ...", then "the trust warned ...": a body is referred to by its kind
            byTitle.putIfAbsent(surname.toLowerCase(Locale.ROOT), bySurname.get(surname));
        }
    }

    /** Whether a known description is thinner than a new one: none, or a title of courtesy ("Ms") before one. */
    private static boolean thinner(@Nullable String known, String found) {
        return known == null || COURTESY.matcher(known).matches() && !COURTESY.matcher(found).matches();
    }

    /** Whether a name is a body's ("North Yorkshire Council", "The Marram Estuary Trust"), not a person's. */
    static boolean isBody(String name) {
        return BODY.matcher(name).matches();
    }

    /** The known person behind a name, or a new speaker for it. */
    Speaker resolve(String titledName, @Nullable String description) {
        String name = COURTESY_BEFORE.matcher(titledName).replaceFirst("");
        Speaker known = bySurname.get(surname(name));
        if (known != null && name.length() > known.name().length() && name.endsWith(" " + known.name())) {
            // "said Margaret Hollis" after "Mrs Hollis" was learnt: the fuller name is hers from now on
            known = new Speaker(name, known.description());
            bySurname.put(surname(name), known);
        }
        if (known != null && (known.name().endsWith(name) || name.endsWith(known.name()) || !name.contains(" "))) {
            return description == null ? known : new Speaker(known.name(), description);
        }
        return new Speaker(name, description);
    }

    /** The person a phrase such as "the president" refers to, if the text titled someone so. */
    @Nullable Speaker byTitleIn(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (var entry : byTitle.entrySet()) {
            if (lower.matches(".*\\b" + Pattern.quote(entry.getKey()) + "\\b.*")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Remembers the pronoun ("he", "she") by which the text has referred to a person. */
    void calls(Speaker speaker, String pronoun) {
        pronouns.putIfAbsent(surname(speaker.name()), pronoun.toLowerCase(Locale.ROOT));
    }

    /**
     * The first known person mentioned in a sentence, by surname, whom {@code pronoun} may refer to: not one the
     * text has called by the other pronoun, nor a "Mr" for "she" or a "Mrs" or "Ms" for "he".
     */
    @Nullable Speaker firstMentionIn(String sentence, String pronoun) {
        String asked = pronoun.toLowerCase(Locale.ROOT);
        Speaker first = null;
        int at = Integer.MAX_VALUE;
        for (var entry : bySurname.entrySet()) {
            if (!sentence.contains(entry.getKey())) {
                continue;
            }
            String known = pronouns.get(entry.getKey());
            if (known != null && !known.equals(asked) || !asked.equals(courtesyPronoun(entry.getValue(), asked))) {
                continue;
            }
            Matcher m = Pattern.compile("\\b" + Pattern.quote(entry.getKey()) + "\\b").matcher(sentence);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = entry.getValue();
            }
        }
        return first;
    }

    /**
     * The pronoun a person's title of courtesy gives ("Mr" he, "Mrs" and "Ms" she), from the first word of the name
     * or the description, or {@code otherwise}.
     */
    private static String courtesyPronoun(Speaker speaker, String otherwise) {
        String title = speaker.description() != null && !speaker.description().contains(" ") ? speaker.description()
                : speaker.name().split("\\s+")[0];
        return HIS_TITLE.matcher(title).matches() ? "he" : HER_TITLE.matcher(title).matches() ? "she" : otherwise;
    }

    /**
     * The surnames and titles ("president", "sen") by which the text may refer to the people it names, and the
     * kinds by which it refers to the bodies that speak ("trust", "council").
     */
    Set<String> references() {
        Set<String> out = new HashSet<>();
        bySurname.keySet().forEach(k -> out.add(k.toLowerCase(Locale.ROOT)));
        out.addAll(byTitle.keySet());
        return out;
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
