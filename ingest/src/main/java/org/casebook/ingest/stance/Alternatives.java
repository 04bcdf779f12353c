package org.casebook.ingest.stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * An argument that offers another policy in place of the motion's: "A better answer is a larger tax credit", "The
 * smarter course would be to close the worst zoos". Offering another way is arguing against the act the article
 * is about, whatever the words say of the other way; so does a goal granted and another way to it called for
 * ("If we want children to drink less sugar, we should teach them in school"), and a call for something in the
 * act's place ("the council should hire more wardens rather than introduce a blanket ban"). Stateless.
 */
final class Alternatives {
    private static final Pattern OFFERED = Pattern.compile("^\\W*(?:(?:But|Instead|Rather|So),?\\s+)?(?:a|the)\\s+"
            + "(?:better|smarter|wiser|more sensible|more effective|real|right)\\s+(?:answer|solution|way|approach|"
            + "alternative|course|option|idea|fix|remedy|policy|response|step)\\s+(?:is|would be|lies|will be)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Better ways said to exist, which the act is not: "But there are far cheaper and more effective ways to tackle
     * the problem", "there are far better places to put it than into the pockets of graduates".
     */
    private static final Pattern BETTER_WAYS = Pattern.compile("(?i)(?:^\\W*|,\\s*)(?:(?:but|and|yet|so),?\\s+)?"
            + "there\\s+(?:are|is)\\s+(?:an?\\s+)?(?:(?:far|much|many|plenty\\s+of|other|also)\\s+)*"
            + "(?:better|cheaper|smarter|fairer|"
            + "more\\s+effective|more\\s+sensible)(?:\\s+and\\s+(?:more\\s+)?[\\w-]+)?\\s+(?:ways?|options?|"
            + "alternatives?|places|uses|answers?|solutions?)\\b(?![^.;]*\\bbut\\b)");

    /**
     * Better means said to be at hand, which the act is not: "it has far more direct levers, from school food
     * standards to the catering contracts it signs itself".
     */
    private static final Pattern BETTER_MEANS = Pattern.compile("(?i)\\b(?:it|they|we|the\\s+council|councils|"
            + "(?:the\\s+)?government|ministers|police)\\s+(?:already\\s+)?(?:has|have|holds?)\\s+(?:far\\s+|many\\s+|"
            + "much\\s+)?(?:more\\s+(?:direct|effective|targeted)|better|cheaper|fairer|smarter)\\s+(?:levers|tools|"
            + "ways|options|means|instruments)\\b");

    /**
     * What the act would cost, better spent elsewhere: "the money would be better spent on dentists", "the effort
     * would be better spent on affordability checks".
     */
    private static final Pattern BETTER_SPENT = Pattern.compile("(?i)\\bbe\\s+(?:far\\s+|much\\s+)?(?:better|"
            + "more\\s+wisely|more\\s+usefully)\\s+(?:spent|used|invested)\\s+(?:on|in)\\b");

    /**
     * Money spent one way told as lost to another: "every pound spent keeping the lido going was a pound not spent on
     * the indoor pool", "each dollar put into the scheme is a dollar not spent on teachers".
     */
    private static final Pattern NOT_SPENT = Pattern.compile("(?i)\\b(?:every|each)\\s+(?<unit>pound|penny|dollar|"
            + "euro|cent)\\s+(?:spent|invested|poured|put)\\s+(?<on>[^,;:.]{1,80}?)\\s+"
            + "(?:is|was|would\\s+be|will\\s+be)\\s+(?:a|one)\\s+\\k<unit>\\s+(?:not|never)\\s+(?:spent|invested)\\b");

    /** Powers a public body holds: what may be used instead of a new act. */
    private static final String POWERS = "(?:powers|rules|laws|legislation|regulations)";
    /**
     * The powers that exist already, to be used instead: "Police forces could make better use of the powers they
     * already have", "would rather see the council focus on enforcing the rules it already has", "the existing rules
     * on noise would be enough if the police actually enforced them", "Councils already have extensive powers ...
     * and they simply don't use them", "The council should use the powers it has", "planning rules already allow
     * councils to demand enough stacking space". Not powers that exist elsewhere ("Wales and Scotland already have
     * safe staffing laws; England does not").
     */
    private static final Pattern EXISTING_POWERS = Pattern.compile("(?i)\\b(?:(?:make\\s+(?:better|more|full|proper)"
            + "\\s+use\\s+of|us(?:e|ing)|enforc(?:e|ing)|apply(?:ing)?)\\s+(?:the\\s+)?(?:existing\\s+" + POWERS + "|"
            + "[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:that\\s+)?(?:they|we|it|councils?|police|officers)\\s+already\\s+"
            + "(?:have|has|hold)|the\\s+" + POWERS + "\\s+(?:that\\s+)?(?:it|they|we|councils?)\\s+"
            + "(?:has|have|holds?)\\b)"
            + "|\\b" + POWERS + "\\s+already\\s+(?:allow|let|enable|permit|empower)s?\\s+(?:the\\s+)?(?:councils?|"
            + "authorities|police|officers|ministers|planners)\\b"
            + "|existing\\s+" + POWERS + "\\b[^.;,:]{0,40}?\\b(?:would\\s+be|are|is)\\s+enough"
            + "|already\\s+have\\s+(?:extensive\\s+|wide\\s+|the\\s+)?" + POWERS + "\\b[^.;:]{0,60}?"
            + "\\b(?:don't|don\u2019t|do\\s+not|never|rarely)\\s+use\\b)");

    /**
     * A goal granted, then another way to it called for, the author speaking with the reader: "If we want children to
     * drink less sugar, we should teach them in school". The call is the argument; it offers another way when it
     * names neither the motion's target nor its act ("If we want healthier children, we should tax sugary drinks"
     * calls for the act itself).
     */
    private static final Pattern GOAL_THEN_CALL = Pattern.compile("^\\W*(?:(?:But|So|And),?\\s+)?if\\s+(?:we|you)"
            + "\\s+(?:really\\s+|truly\\s+|genuinely\\s+)?(?:want|wish|hope|care|are\\s+serious)\\b(?<goal>[^,;]*),"
            + "\\s*(?<call>(?:we|you)\\s+(?:should|must|need to|ought to|had better)\\s+(?<verb>[a-z]+)"
            + "(?!\\s+(?:it|this|that)\\b)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Calls that name no other way: "we must act now", "we should do more", "we should back the levy". A call that
     * points back at what was named before ("we should set it high") names none either: the pattern leaves it out.
     */
    private static final Set<String> NO_OTHER_WAY = Set.of("act", "do", "move", "start", "begin", "try", "think",
            "be", "keep", "support", "back", "accept", "embrace", "pass", "adopt", "introduce", "implement");

    /**
     * A point turned into a case for something else: "it is an argument for longer tenancies and proper notice
     * periods, not for price caps", "a shortage of volunteers is an argument for better pay, not for compulsion".
     * A case for the act itself ("an argument for doing opt-out properly") argues for it.
     */
    private static final Pattern CASE_FOR = Pattern.compile("(?i)\\b(?:is|are|was|were|it['\u2019]s|that['\u2019]s)"
            + "\\s+(?:an?\\s+|the\\s+)?(?!not\\b|no\\b)(?:\\w+\\s+)?(?:argument|case)\\s+for\\s+(?<other>[^.;:]*?)"
            + "(?:,\\s*(?:not|rather\\s+than)\\s+(?:for\\s+)?(?<instead>[^.;:]*)|[.;:]|$)");

    /** Doing nothing, by its common names: what a case for the act done properly sets aside. */
    private static final Pattern INACTION = Pattern.compile("(?i)^\\W*(?:(?:doing|do)\\s+)?(?:nothing|inaction|"
            + "the\\s+status\\s+quo|giving\\s+up|waste|wasting\\s+it|leaving\\s+(?:things|it)\\s+as\\s+(?:they|it)\\s+"
            + "(?:are|is))\\b");

    /**
     * A call for one thing in place of another: "the council should hire more wardens rather than introduce a
     * blanket ban", "we must fix the buses instead of charging drivers". When what is set aside is the motion's act,
     * the call argues against it.
     */
    private static final Pattern PREFERRED = Pattern.compile("(?i)\\b(?:should|must|ought\\s+to|needs?\\s+to|"
            + "had\\s+better|would\\s+do\\s+better\\s+to)\\b(?<preferred>[^,;:.]*?)\\b"
            + "(?:rather\\s+than|instead\\s+of)\\s+(?<aside>[^,;:.]+)");

    private Alternatives() {}

    /**
     * The reading of a point turned into a case for something ({@link #CASE_FOR}): for the act when the case is
     * for it, against it when the case is for something else in its place; null for any other argument. Read
     * before the sentence's closing echo (", not for compulsion"), which it explains.
     */
    static PolarityReader.@Nullable Reading caseFor(String text, Motion motion) {
        Matcher caseFor = CASE_FOR.matcher(text);
        if (!caseFor.find()) {
            return null;
        }
        if (Words.tokens(caseFor.group("other")).stream().anyMatch(w -> motion.isTarget(w) || motion.isAction(w))) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, 2);
        }
        String instead = caseFor.group("instead");
        if (instead == null) {
            return null;
        }
        // "an argument for doing it properly, not for doing nothing": what is set aside is doing nothing, so the
        // case is for the act done another way
        boolean setsAsideTheAct = Words.tokens(instead).stream()
                .anyMatch(w -> motion.isTarget(w) || motion.isAction(w));
        return new PolarityReader.Reading(PolarityReader.Frame.ACTION,
                !setsAsideTheAct && INACTION.matcher(instead).find() ? 2 : -2);
    }

    /**
     * Whether the text calls for something in place of the motion's act ({@link #PREFERRED}): the act set aside,
     * not called for as well ("should ban dogs all year rather than ban them only in August").
     */
    private static boolean callsForAnotherWay(String text, Motion motion) {
        Matcher call = PREFERRED.matcher(text);
        return call.find() && Words.tokens(call.group("aside")).stream().anyMatch(motion::isAction)
                && Words.tokens(call.group("preferred")).stream().noneMatch(motion::isAction);
    }

    /**
     * Whether the text tells of better ways ({@link #BETTER_WAYS}) or means ({@link #BETTER_MEANS}), of powers that
     * exist already ({@link #EXISTING_POWERS}) or of money better spent ({@link #BETTER_SPENT}) without naming the
     * motion's own act: "The council should use the powers it already has to introduce licensing" is the act done
     * with what exists, no other way; nor is money better spent on the target itself ("The £2bn would be better spent
     * on nurses" for a motion to hire more nurses).
     */
    private static boolean otherWayTold(String text, Motion motion) {
        Matcher spent = BETTER_SPENT.matcher(text);
        boolean spentElsewhere = spent.find()
                && Words.tokens(text.substring(spent.end())).stream().noneMatch(motion::isTarget);
        return (BETTER_WAYS.matcher(text).find() || BETTER_MEANS.matcher(text).find()
                || EXISTING_POWERS.matcher(text).find() || spentElsewhere)
                && Words.tokens(text).stream().noneMatch(w -> Words.sameStem(motion.action(), w));
    }

    /**
     * The reading of money told as lost to something else ({@link #NOT_SPENT}): against what it is spent on, the
     * motion's act or its target (or whom the motion is for); null when it is spent on none of these or the text
     * tells of no such loss.
     */
    private static PolarityReader.@Nullable Reading notSpent(String text, Motion motion) {
        Matcher m = NOT_SPENT.matcher(text);
        if (!m.find()) {
            return null;
        }
        List<String> on = Words.tokens(m.group("on"));
        if (on.stream().anyMatch(motion::isAction)) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
        }
        return on.stream().anyMatch(w -> motion.isTarget(w) || motion.isComplement(w))
                ? new PolarityReader.Reading(PolarityReader.Frame.TARGET, -2) : null;
    }

    /** The reading of an argument that offers another way (against the act), or null for any other. */
    static PolarityReader.@Nullable Reading read(String text, Motion motion) {
        PolarityReader.Reading lost = notSpent(text, motion);
        if (lost != null) {
            return lost;
        }
        if (OFFERED.matcher(text).find() || otherWayTold(text, motion) || callsForAnotherWay(text, motion)) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
        }
        Matcher goal = GOAL_THEN_CALL.matcher(text.strip());
        if (!goal.find() || NO_OTHER_WAY.contains(goal.group("verb").toLowerCase(Locale.ROOT))) {
            return null;
        }
        // "If we want a sugar tax to work, we should set it high": the goal is the act itself; "If we want less
        // sugar, ..." is the motion's own aim, to be reached another way
        boolean namesTheAct = Words.tokens(goal.group("goal")).stream().anyMatch(motion::isAction)
                || Words.tokens(goal.group("call")).stream()
                        .anyMatch(w -> motion.isTarget(w) || motion.isAction(w) || motion.isComplement(w));
        return namesTheAct ? null : new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
    }
}
