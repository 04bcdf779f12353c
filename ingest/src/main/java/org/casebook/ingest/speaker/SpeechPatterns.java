package org.casebook.ingest.speaker;

import java.util.regex.Pattern;

/** The shapes of attribution in news prose, as regular expressions over one sentence. */
final class SpeechPatterns {
    private SpeechPatterns() {}

    static final String VERBS = "(?:said|says|say|told|tells|tweeted|tweets|wrote|writes|argued|argues|added|adds|"
            + "noted|notes|explained|explains|warned|warns|warn|claimed|claims|contended|contends|insisted|insists|"
            + "stated|states|asserted|asserts|declared|declares|recalled|recalls|complained|complains|acknowledged|"
            + "admitted|admits|concedes|conceded|acknowledges|suggested|suggests|reported|reports|implied|"
            + "concluded by saying|testified|announced|replied|"
            + "responded|posted|commented|observed|predicted|pointed out|cautioned|urged|maintained|maintains|"
            + "told reporters|has said|have said|had said|has argued|has warned|have implied|has implied|have warned|"
            + "have argued|has claimed|have claimed|went on to say|described|describes|dismissed|dismisses|"
            // "He also questioned whether ...", not "The man was questioned by police"
            + "(?<!\\b(?:was|were|is|are|be|been|being)\\s)(?:questioned|queried|doubted))";

    /**
     * Titles of courtesy, which stand before a name but name no role to refer back by ("Mrs Hollis" is not "the Mrs"
     * of a later sentence); British style writes them with no full stop ("Cllr Sharma", "Dr Helen Okafor").
     */
    static final String COURTESY = "(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Sir|Dame|Lord|Baroness)";
    /** Titles and roles that may stand before a name ("Sen. Kamala D. Harris", "Columnist Will Bunch"). */
    static final String TITLE = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Sgt|Capt|Amb|Cllr)\\.|"
            + COURTESY + "(?=\\s)|"
            + "President|Vice President|Senator|Representative|Governor|Secretary|Minister|Prime Minister|Judge|"
            + "Justice|Mayor|Councillor|Councilor|Councilman|Councilwoman|Professor|Columnist|Ambassador|Commissioner|"
            + "Director|Chairman|Chairwoman|Chair|"
            + "General|Pope|King|Queen|Prince|Princess|Chancellor|Economist|Analyst|Author|Historian|Rabbi|Bishop|"
            + "Inspector|Superintendent|Sergeant|Detective)";

    private static final String WORD = "[A-Z][a-zA-Z\u2019'\\-]+";
    private static final String INITIAL = "[A-Z]\\.";

    /** A capitalised name of one to four words, initials allowed inside. */
    static final String NAME = WORD + "(?:\\s+(?:" + INITIAL + "|" + WORD + "|(?:de|van|von|al|bin|da|del|la)\\s+" + WORD
            + ")){0,3}";

    /** "Jim Nealon, a former U.S. ambassador to Honduras, told The Post that ...", "Margaret Ellis, 81, said ...". */
    static final Pattern APPOSITION = Pattern.compile("(?<title>" + TITLE + "\\s+)?(?<name>" + NAME + ")"
            + "(?:\\s*\\((?<party>[^)]{1,20})\\))?,\\s+(?<desc>(?:an?|the|who|now|once|former|[a-z]|\\d{1,3}\\b)"
            + "[^,;:\u201c\"]{0,140}?)"
            // "Dave Kowalski, branch secretary of the GMB union, which represents the grounds team, said ..."
            + "(?:,\\s+(?:who|which|whose|where)\\b[^,;:\u201c\"]{0,100}?)?,\\s+"
            + "(?:(?:also|later|then|once|recently|previously)\\s+)?(?<verb>" + VERBS + ")\\b");

    /**
     * "Its chair, Maureen Quigley, said that ...", "The group's founder, Dr Amy Shah, argues ...": the role first,
     * then the name in apposition, perhaps after a calling ("retired GP Dr Martin Ellery").
     */
    static final Pattern ROLE_FIRST = Pattern.compile("^\\W*(?<desc>(?:Its|Their|His|Her|The|A|An)\\s+"
            // "The group's co-founder, retired GP Dr Martin Ellery, pointed out": a calling may come before the name
            + "[^,;:\u201c\"]{2,60}?),\\s+(?:(?!(?:by|from|with|for)\\b)(?:[a-z][\\w-]*|[A-Z]{2,})\\s+){0,3}"
            + "(?<title>" + TITLE + "\\s+)?"
            + "(?<name>" + NAME + "),\\s+"
            + "(?:(?:also|later|then|has|had)\\s+)?(?<verb>" + VERBS + ")\\b");

    /** "Trump told reporters Friday:", "Columnist Will Bunch wrote ...", "Sen. Kamala D. Harris (D-Calif.) tweeted". */
    static final Pattern NAMED = Pattern.compile("(?<title>(?:" + TITLE + "\\s+)+)?(?<name>" + NAME + ")"
            + "(?:\\s*\\((?<party>[^)]{1,20})\\))?"
            // "Inspector Claire Whitmore of the local police said"
            + "(?<of>\\s+of\\s+(?:the\\s+)?[A-Za-z][\\w'\u2019-]*(?:\\s+[A-Za-z][\\w'\u2019-]*){0,4}?)?"
            + "\\s+(?:(?:also|later|then|once|recently|previously|has|had|have)\\s+)?"
            + "(?<verb>" + VERBS + ")\\b");

    /**
     * "Local hotel owner Daniel Trewin backed the ban, arguing that ...": a side taken, then the case for it.
     */
    static final Pattern SIDE_TAKEN = Pattern.compile("(?<title>(?:" + TITLE + "\\s+)+)?(?<name>" + NAME + ")\\s+"
            + "(?:backed|supported|opposed|welcomed|criticised|criticized|attacked|defended)\\s+[^,;:\u201c\"]{2,60},"
            + "\\s+(?:arguing|saying|warning|insisting|claiming)\\b");

    /** "She tweeted:", "He concluded by saying ...". */
    static final Pattern PRONOUN = Pattern.compile("\\b(?<pronoun>He|She|he|she)\\s+(?:(?:also|later|then|has|had)\\s+)?"
            + "(?<verb>" + VERBS + ")\\b");

    /**
     * "An unskilled Guatemalan deportee, making his way back ..., said:", "The director of ... recalled that",
     * "However, the trust warned that".
     */
    static final Pattern DESCRIBED = Pattern.compile("^(?:[A-Z][a-z]+(?:\\s+[a-z]+){0,3},\\s+)?"
            + "(?<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\\s+[^,;:\u201c\"]{2,90}?)"
            + "(?:,\\s+(?<desc>[^,;:\u201c\"]{2,140}?),)?\\s+"
            // "the proposition will say that", "The proposition never told us": the adverb or modal is no part of who
            // speaks
            + "(?<adverbs>(?:(?:also|later|then|has|have|had|never|will|would|may|might|always|often|once|still|"
            + "rightly|wrongly)\\s+)*)(?<verb>" + VERBS + ")\\b");

    /** Words that open a description without an article: "said Joe Ryle, director of the campaign". */
    private static final String ROLES = "(?:director|head|chief|president|chair|chairman|chairwoman|founder|leader|"
            + "professor|spokesman|spokeswoman|spokesperson|secretary|minister|manager|executive|organi[sz]er|editor|"
            + "economist|researcher|fellow|mayor|governor|senator|ambassador|chancellor|commissioner|dean)";

    /**
     * "\u201c...,\u201d a local development worker said.", "\u201c...,\u201d said Jane Doe." or "\u201c...?\u201d asked
     * Mark Denholm, a resident ...".
     */
    static final Pattern TRAILING = Pattern.compile("[,.?!\u2014][\u201d\"]\\s+(?:(?<np>(?:(?:an?|the|one|another)\\s+)?"
            + "[A-Za-z][^,.;:\u201c\"]{1,80}?)\\s+(?<verb>" + VERBS + ")"
            // "she told the Chronicle.", "he said yesterday."
            + "(?:\\s+(?:the\\s+)?[A-Za-z][\\w'\u2019-]*(?:\\s+[A-Z][\\w'\u2019-]*){0,3}(?=[,.;:]|$))?"
            + "|(?<verb2>said|says|wrote|added|asked|asks|replied|warned|argued|insisted)\\s+"
            + "(?<np2>[^,.;:\u201c\"]{2,80})"
            // "said Jason Brennan, a philosopher at Georgetown University."
            + "(?:,\\s+(?<desc2>(?:an?\\s+|(?:the\\s+)?(?:[a-z]+\\s+){0,2}" + ROLES + "\\b)[^,;:\u201c\"]{2,100}?)"
            + "(?=[,;:]|\\.\\s|\\.$|$))?)"
            + "(?:[,.;:]|$)");

    /** "According to Reuters, ...", "... fell by 18 per cent, according to Transport for London." */
    static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to (?<np>(?:the\\s+)?[A-Z][^,;:]{1,80}?)"
            + "(?:,|\\s+(?:in|on)\\b|\\.?\\s*$)");

    /** Words that start a subject but are never a speaker's name. */
    static final Pattern NOT_A_NAME = Pattern.compile("^(?:The|This|That|These|Those|It|In|On|At|But|And|Or|If|When|"
            + "While|As|He|She|His|Her|Him|Its|Their|There|Here|What|Why|How|Who|Some|Many|Most|Several|Others|Critics|Experts|Officials|Both|Each|All|Few|They|We|I|You|"
            + "Democrats|Republicans|Supporters|Opponents|Advocates|Researchers|Studies|Reports)$");
}
