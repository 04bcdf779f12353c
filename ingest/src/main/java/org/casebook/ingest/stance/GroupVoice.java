package org.casebook.ingest.stance;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Lexicon;
import org.casebook.ingest.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * Who is speaking, when the text names them by their side: "Supporters of the ban say it will help students focus",
 * "Advocates of the death penalty argue that it deters crime", "Critics of nuclear disarmament say ...". What such
 * a group argues takes the group's side towards what it is for or against, whatever words it argues with. Stateless.
 */
final class GroupVoice {
    /** Verbs by which a group answers the other side: "reply", "respond", "counter". */
    private static final String REPLY_VERBS = "reply|replies|replied|respond|responds|responded|counter|counters|"
            + "countered";
    /** A group by its side: "critics of the ban", "those who oppose abortion", "teachers who backed the change". */
    private static final String GROUP_NAME = "(?:(?<group>supporters?|advocates?|proponents?|defenders?|champions?|"
            + "backers?|opponents?|critics?|detractors?)\\s+of|(?:those|people|[a-z]+s)\\s+who\\s+(?<verb>"
            + "support|supports|supported|back|backs|backed|favou?r|favou?rs|favou?red|welcome|welcomed|"
            + "oppose|opposes|opposed|resist|resists|resisted|fight|fought))";
    private static final Pattern GROUP = Pattern.compile("(?i)\\b" + GROUP_NAME + "\\s+(?<what>[\\w\\s'’-]{1,40}?)"
            + "\\s+(?:(?:often|usually|generally|also|still)\\s+)?(?:say|says|said|argue|argues|argued|claim|"
            + "claims|claimed|contend|contends|contended|believe|believes|insist|insists|maintain|maintains|warn|"
            + "warns|warned|note|notes|noted|assert|asserts|suggest|suggests|hold|holds|point out|points out|"
            // "Opponents of change reply that any reform would be seen as a cut"
            + "pointed out|" + REPLY_VERBS + ")\\b");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b" + GROUP_NAME + "\\s+"
            + "(?<what>(?:[\\w'’-]+\\s*){1,4})");
    private static final Pattern BARE = Pattern.compile("^\\W*(?:(?:Many|Some|Most|The)\\s+)?(?:(?<supporters>"
            + "supporters|advocates|proponents|backers)|defenders|critics|opponents|detractors|skeptics|sceptics"
            + "|(?:some|others|many)\\s+(?=(?:object|worry|fear|complain|warn|protest)\\b)"
            + "|others\\s+(?=(?:say|argue|point\\s+out)\\b))\\s*(?!of\\b)[a-z]",
            Pattern.CASE_INSENSITIVE);
    /**
     * A concern voiced about the act itself or a loss it would bring: "Some economists warn that the ban treats the
     * symptom", "The charity has warned that bans elsewhere were passed without any assessment", "Parents worry they
     * will not be able to reach their children".
     */
    private static final Pattern CONCERN_ABOUT_ACT = Pattern.compile("(?i)\\b(?:worry|worries|worried|fear|fears|"
            + "feared|warn|warns|warned|object|objects|complain|complains)\\s+(?:that\\s+)?(?:(?:the|this|a|any)\\s+"
            + "(?:new\\s+|proposed\\s+)?(?:ban|rule|law|policy|plan|proposal|measure|mandate|requirement|reform)"
            // "Access Forward has warned that bans elsewhere were passed without any assessment"
            + "|(?:such\\s+)?(?:bans|prohibitions|mandates))\\b"
            // "Parents worry they will not be able to reach their children": a loss the act would bring
            + "|\\b(?:worry|worries|fear|fears|warn|warns)\\s+(?:that\\s+)?(?:they|he|she|we|families|parents|"
            + "students|workers|people)\\s+(?:will|would|could|might)\\s+(?:not|no longer|never)\\s+"
            + "(?:be able to|afford)\\b");
    /** The act, by the nouns reports use for it: "the decision", "a ban", "this scheme". */
    private static final String ACT_NOUN = "(?:decision|plan|ban|move|rule|law|measure|change|proposal|reform|scheme|"
            + "idea|motion)";
    /**
     * An objection to the act told as one: "There are practical objections too.", "There is also a fairness
     * objection: ...", "There is also a cost to a ban that its supporters rarely mention". A cost alone may be the
     * target's ("There is a wider cost, too", of zero-hours contracts): only one said to fall on the act counts.
     */
    private static final Pattern OBJECTION_TOLD = Pattern.compile("(?i)^\\W*(?:(?:but|and|yet)\\s+)?there\\s+"
            + "(?:is|are)\\s+(?:also\\s+)?(?!(?:no|few|little|hardly|scarcely)\\b)(?:an?\\s+|another\\s+)?"
            // "objections to keeping animals in zoos" are to the target: told alone, or to the act by name
            + "(?:[\\w-]+\\s+){0,2}?(?:(?:objections?|drawbacks?|downsides?|snags?)(?=\\s*(?:too\\b|[:.;,]|$))"
            + "|(?:objections?|costs?)\\s+to\\s+(?:a|the|this|any)\\s+(?:new\\s+)?" + ACT_NOUN + "\\b)");
    /** The act a motion proposes, by its common names: "supporters of the rule", "critics of the new law". */
    private static final Set<String> ACT_NAMES = Set.of("rule", "rules", "law", "laws",
            "proposal", "proposals", "reform", "reforms", "bill", "requirement", "requirements", "mandate", "change",
            "plan", "plans", "measure", "measures", "scheme", "decision", "recommendation", "recommendations", "idea",
            // "she backed the principle because ...": the proposal's principle, not "the principle of free speech"
            "principle",
            // "Supporters of the application argue that ...": a planning application, what the council decides on
            "application");
    /** Change named as such, with no determiner: "opponents of change", "supporters of reform". */
    private static final Set<String> CHANGE_AS_SUCH = Set.of("change", "reform");
    /** The act reacted to, by its common names: "the decision", "the new rule". */
    private static final String REACTED_TO = "the\\s+(?:new\\s+)?" + ACT_NOUN;
    /**
     * A group's reaction to the act an article reports, told before one of them is quoted: "Health campaigners
     * welcomed the decision.", "Shopkeepers are not convinced.", "The advertising industry is furious."
     */
    private static final Pattern REACTION = Pattern.compile("^\\W*(?<who>(?:[\\w’'-]+\\s+){1,6}?)(?:(?<welcomed>"
            + "welcomed|welcome|applauded|applaud|praised|hailed|cheered)\\s+" + REACTED_TO + "|(?:is|are|were|was|"
            + "remain|remains|remained)\\s+(?:also\\s+|still\\s+|equally\\s+)?(?:not\\s+convinced|unconvinced|"
            + "not\\s+persuaded|unpersuaded|sceptical|skeptical|furious|angry|outraged|dismayed|opposed|"
            + "(?:wary|uneasy|worried|nervous)\\s+(?:of|about)\\s+" + REACTED_TO + ")|(?:condemned|critici[sz]ed|"
            + "attacked|denounced|opposed)\\s+" + REACTED_TO + "|(?:have|has|had)\\s+(?:also\\s+)?raised\\s+"
            + "(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:concerns?|objections?|fears?|doubts?))\\W*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A speaker described by what they did about the act an article reports: "said councillor Priya Raman, who
     * proposed the motion", "said Gareth Mills, who led the opposition to the motion", "a resident who doubts the
     * ban can be enforced", "said Tom Okafor, who spoke in support of the ban", "The mover of the motion, Councillor
     * Dawson, told us".
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\bwho\\s+(?:has\\s+|had\\s+)?(?:(?<backed>"
            + "proposed|backed|backs|supported|supports|championed|champions|welcomed|welcomes|campaigned\\s+for|"
            + "pushed\\s+for|voted\\s+for|drafted|introduced|spoke\\s+in\\s+(?:support|favou?r)\\s+of)|opposed|opposes|"
            + "led\\s+the\\s+opposition\\s+to|campaigned\\s+against|voted\\s+against|spoke\\s+(?:out\\s+)?against|"
            + "criticised|criticized|doubts|doubted|fought|fights)\\s+"
            + "(?:the|this)\\s+(?:new\\s+|proposed\\s+)?(?:motion|ban|plan|rule|law|proposal|measure|scheme|change|"
            + "reform|bill)\\b"
            // "The mover of the motion, Councillor Dawson, told us earlier that ...": who brought it backs it
            + "|^\\W*the\\s+(?<mover>mover|proposer|seconder)\\s+of\\s+(?:the|this)\\s+motion,\\s+[^,]{2,40},");

    /** A group named by its side, set into the sentence it argues: "..., critics point out, ...". */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s+(?:(?<supporters>supporters|advocates|"
            + "proponents|backers)|critics|opponents|detractors|sceptics|skeptics)\\s+(?:say|argue|point\\s+out|"
            + "note|warn|insist|contend|claim|counter|reply)\\s*,");
    /** Who reacts, if not the group: "Not everyone welcomed the decision", "Few shopkeepers ...". */
    private static final Set<String> NOT_THE_GROUP = Set.of("not", "no", "few", "nobody", "never", "hardly", "none");
    private static final Set<String> GROUP_VERBS = Set.of("say", "says", "said", "see", "sees",
            "saw", "is", "are", "was", "were", "have", "has", "had", "argue", "argues", "argued", "warn", "warns",
            "believe", "believes", "claim", "claims", "insist", "insists", "note", "notes", "point", "points",
            "object", "objects", "worry", "worries", "fear", "fears", "dismiss", "dismissed", "will", "would",
            // a reply to the other side: "Supporters of the ban reject that concern" (the group ends before "reject",
            // or its lowering word would turn the ban's side)
            "dismisses", "reject", "rejects", "rejected", "dispute", "disputes", "disputed", "counter", "counters",
            "countered", "reply", "replies", "replied", "respond", "responds", "responded", "accept", "accepts",
            "accepted");
    private static final Set<String> ACT_DETERMINERS = Set.of("the", "this", "new", "proposed");
    private static final Pattern AGAINST = Pattern.compile("(?i)opponents?|critics?|detractors?");
    private static final Pattern OPPOSING = Pattern.compile("(?i)oppose[sd]?|resist(?:s|ed)?|fight|fought");
    /**
     * Lowering arms: "critics of nuclear disarmament". Not in the lexicon's decrease words, whose stems would also
     * catch "disabled".
     */
    private static final Set<String> DISARMING = Set.of("disarm", "disarming", "disarmament");
    /** Undoing a decrease: "lifting the ban" lowers the ban, not the target. */
    private static final Set<String> LIFTING = Set.of("lifting", "lift", "overturning",
            "reversing", "undoing", "loosening", "relaxing", "easing");

    /** Whether the word lowers or lifts what follows it: a decrease ("scrap", "repeal") or {@link #LIFTING}. */
    static boolean undoes(String word) {
        return Lexicon.DECREASE.contains(word) || LIFTING.contains(word);
    }

    private GroupVoice() {}

    /**
     * The reading of an argument voiced by a group named for its side towards the motion's target or act, or null
     * when the text names no such group: valence 1 when the group backs the target, -1 when it opposes it; backing
     * a decrease of it ("supporters of the ban", "proponents of disarmament") opposes it.
     */
    static PolarityReader.@Nullable Reading read(String text, Motion motion) {
        // only the argued clause speaks: not a group in a conceded clause ("Although critics of the ban say ...,
        // it protects students"), nor one answered after it ("Critics of the ban say ..., but they are wrong")
        Matcher m = GROUP.matcher(MainClause.argued(text));
        if (!m.find()) {
            return null;
        }
        int side = side(attitude(m), m.group("what"), motion);
        return side == 0 ? null : new PolarityReader.Reading(PolarityReader.Frame.GROUP, side);
    }

    /**
     * A verb of reply right after a bare group's name: "Supporters reply that ...", "Critics also counter that"
     * ({@link #REPLY_VERBS}).
     */
    private static final Pattern REPLIES = Pattern.compile("(?i)(?:also\\s+|often\\s+)?(?:" + REPLY_VERBS
            + "|retort|retorts|retorted)\\b");

    /**
     * Whether the sentence opens with a group named by its side alone ({@link #BARE}) that replies: it answers the
     * case made before it ("Supporters reply that a ban would protect children").
     */
    static boolean replies(String text) {
        Matcher m = BARE.matcher(text);
        // BARE ends on the first letter of the word after the group's name
        return m.lookingAt() && REPLIES.matcher(text).region(m.end() - 1, text.length()).lookingAt();
    }

    /**
     * The reading of an argument voiced by a group named by its side but not by what it is for or against:
     * "Supporters dismiss such estimates as guesswork", "Critics argue that ...", "Others worry about the cost". In
     * an article about a policy such a group is for or against the act the article is about: the reading is of
     * that act (approved by supporters, judged badly by critics and worriers). Defenders defend what there is, which
     * the act would change ("Defenders say the triple lock has done what it was designed to do"). Null for anything
     * else.
     */
    static PolarityReader.@Nullable Reading bare(String text) {
        if (CONCERN_ABOUT_ACT.matcher(text).find() || OBJECTION_TOLD.matcher(MainClause.argued(text)).find()) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
        }
        // "And the health effects of the change, critics point out, last only a few days": the group set in
        Matcher aside = ASIDE.matcher(text);
        if (aside.find()) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, aside.group("supporters") != null ? 2 : -2);
        }
        Matcher m = BARE.matcher(MainClause.argued(text));
        if (!m.find()) {
            return null;
        }
        int attitude = m.group("supporters") != null ? 1 : -1;
        return new PolarityReader.Reading(PolarityReader.Frame.ACTION, 2 * attitude);
    }

    /**
     * The side towards the motion's target of a group a sentence names, without a verb of saying: "Critics of
     * compulsory voting see it differently." introduces the critic quoted next, and so does a group's reaction to
     * the act the article reports ("Health campaigners welcomed the decision.", "Shopkeepers are not convinced."),
     * and so does the attitude the act met, said to come from someone ("The plans have drawn an angry response from
     * business leaders."), and so does a campaign named for the target ("A petition organised by the Friends of
     * Millbrook Lido ...": {@link #namedFor}). 1 when the group backs the target, -1 when it opposes it, 0 when the
     * sentence names no such group.
     */
    static int introduced(String sentence, Motion motion) {
        Matcher m = NAMED.matcher(MainClause.argued(sentence));
        if (m.find()) {
            return side(attitude(m), m.group("what"), motion);
        }
        int named = namedFor(sentence, motion);
        if (named != 0) {
            return named;
        }
        // "But the plans have drawn an angry response from business leaders.": those it came from speak next
        if (FROM.matcher(sentence).find()) {
            int received = StatedAttitude.received(sentence, motion);
            if (received != 0) {
                return received;
            }
        }
        return reacted(sentence, motion);
    }

    /**
     * A campaign named for what it stands up for: "the Friends of Millbrook Lido", "the Save Our Lido campaign",
     * "Keep Castle Library Open".
     */
    private static final Pattern CAMPAIGN = Pattern.compile("\\b(?:Friends\\s+of|Save|Keep)\\s+(?<what>(?:the\\s+|"
            + "[Oo]ur\\s+)?\\p{Lu}[\\w'’-]*(?:\\s+\\p{Lu}[\\w'’-]*){0,3})");

    /**
     * The side towards the motion's target of a campaign the sentence names for the target ({@link #CAMPAIGN}): 1, as
     * it stands up for the target; 0 when it names none. The name must hold the target's head: "Save Harrow Ridge"
     * stands up for the ridge, against "the Harrow Ridge wind farm".
     */
    static int namedFor(String sentence, Motion motion) {
        Matcher m = CAMPAIGN.matcher(sentence);
        String head = motion.target().isEmpty() ? "" : motion.target().getLast();
        while (m.find()) {
            if (Words.tokens(m.group("what")).stream().anyMatch(w -> motion.isTarget(w) && Words.sameStem(w, head))) {
                return 1;
            }
        }
        return 0;
    }

    /** Where an attitude the act met came from: "... from business leaders". */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:[\\w'’-]+\\s+){0,4}[\\w'’-]+\\W*$");

    /**
     * As {@link #introduced}, for a group's reaction to the act only ("Disability campaigners have raised a
     * different concern"), not a group named by its side: what stands before a quoted speaker's colon.
     */
    static int reacted(String sentence, Motion motion) {
        Matcher reaction = REACTION.matcher(sentence);
        if (reaction.matches() && Words.tokens(reaction.group("who")).stream().noneMatch(NOT_THE_GROUP::contains)) {
            // the reported act, welcomed or not: signed as for "supporters of the rule"
            return (reaction.group("welcomed") != null ? 1 : -1) * motion.actSign() * motion.direction();
        }
        return 0;
    }

    /**
     * The side towards the motion's target of a speaker the sentence describes by what they did about the act
     * ({@link #DESCRIBED}), signed as for "supporters of the rule"; 0 when it describes no such speaker.
     */
    static int described(String sentence, Motion motion) {
        Matcher m = DESCRIBED.matcher(sentence);
        if (!m.find()) {
            return 0;
        }
        boolean backed = m.group("backed") != null || m.group("mover") != null;
        return (backed ? 1 : -1) * motion.actSign() * motion.direction();
    }

    /**
     * Whether the words name the act itself: "the rule", "the new law", "the change", or change as such ("opponents
     * of change", "supporters of reform"); not "climate change" or "the rule of law".
     */
    private static boolean namesTheAct(List<String> what) {
        if (what.size() == 1 && CHANGE_AS_SUCH.contains(what.getFirst())) {
            return true;
        }
        for (int i = 1; i < what.size(); i++) {
            if (ACT_NAMES.contains(what.get(i)) && ACT_DETERMINERS.contains(what.get(i - 1))
                    && (i + 1 == what.size() || !what.get(i + 1).equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** 1 for a group that backs what it is named by, -1 for one against it. */
    private static int attitude(Matcher m) {
        return m.group("group") != null ? (AGAINST.matcher(m.group("group")).matches() ? -1 : 1)
                : OPPOSING.matcher(m.group("verb")).matches() ? -1 : 1;
    }

    /**
     * The side towards the motion's target of an {@code attitude} (1 for, -1 against) held towards {@code named}:
     * the target, the act ("the rule") or a decrease of the target ("the ban", each lowering word turning it); 0 when
     * it names none of these.
     */
    static int side(int attitude, String named, Motion motion) {
        List<String> what = Words.tokens(named);
        // "Critics of Trump say the law is flawed": the group ends where its verb starts
        for (int i = 0; i < what.size(); i++) {
            if (GROUP_VERBS.contains(what.get(i))) {
                what = what.subList(0, i);
                break;
            }
        }
        if (what.stream().anyMatch(PolarityReader.IN_PLACE::contains)
                && what.stream().noneMatch(w -> motion.isTarget(w) && !PolarityReader.GENERIC_HEADS.contains(w))) {
            // "defenders of the current system": what a motion to scrap its target scraps, what a motion to bring
            // in something new replaces
            return motion.bringsIn() ? -attitude * motion.actSign() * motion.direction()
                    : motion.direction() < 0 ? attitude : 0;
        }
        if (what.stream().noneMatch(w -> motion.isTarget(w) || motion.isAction(w))) {
            // "supporters of the rule": the rule is the motion's act; as a valence towards the target, signed so
            // that the group's side comes out for the act
            return namesTheAct(what) ? attitude * motion.actSign() * motion.direction() : 0;
        }
        // each lowering word turns the side ("supporters of the ban", "critics of lifting the ban"); listed words
        // only: "penalty" shares a stem with "penalize" but lowers nothing
        long lowering = what.stream().filter(w -> undoes(w) || DISARMING.contains(w)
                || motion.isAction(w) && motion.actionLowers() && !Lexicon.DECREASE.contains(w)).count();
        return lowering % 2 == 1 ? -attitude : attitude;
    }
}
