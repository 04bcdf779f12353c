package org.casebook.ingest.stance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * An argument that offers another policy in place of the motion's: "A better answer is a larger tax credit", "The
 * smarter course would be to close the worst zoos". Offering another way is arguing against the act the article
 * is about, whatever the words say of the other way; so does a goal granted and another way to it called for
 * ("If we want children to drink less sugar, we should teach them in school"). Stateless.
 */
final class Alternatives {
    private static final Pattern OFFERED = Pattern.compile("^\\W*(?:(?:But|Instead|Rather|So),?\\s+)?(?:a|the)\\s+"
            + "(?:better|smarter|wiser|more sensible|more effective|real|right)\\s+(?:answer|solution|way|approach|"
            + "alternative|course|option|idea|fix|remedy|policy|response|step)\\s+(?:is|would be|lies|will be)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A goal granted, then another way to it called for, the author speaking with the reader: "If we want children to
     * drink less sugar, we should teach them in school". The call is the argument; it offers another way when it
     * names neither the motion's target nor its act ("If we want healthier children, we should tax sugary drinks"
     * calls for the act itself).
     */
    private static final Pattern GOAL_THEN_CALL = Pattern.compile("^\\W*(?:(?:But|So|And),?\\s+)?if\\s+(?:we|you)"
            + "\\s+(?:really\\s+|truly\\s+|genuinely\\s+)?(?:want|wish|hope|care|are\\s+serious)\\b[^,;]*,\\s*"
            + "(?<call>(?:we|you)\\s+(?:should|must|need to|ought to|had better)\\b.*)$", Pattern.CASE_INSENSITIVE);

    private Alternatives() {}

    /** The reading of an argument that offers another way (against the act), or null for any other. */
    static PolarityReader.@Nullable Reading read(String text, Motion motion) {
        if (OFFERED.matcher(text).find()) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
        }
        Matcher goal = GOAL_THEN_CALL.matcher(text.strip());
        if (goal.find() && Words.tokens(goal.group("call")).stream()
                .noneMatch(w -> motion.isTarget(w) || motion.isAction(w) || motion.isComplement(w))) {
            return new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2);
        }
        return null;
    }
}
