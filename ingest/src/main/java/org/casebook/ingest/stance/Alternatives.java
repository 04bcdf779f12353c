package org.casebook.ingest.stance;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An argument that offers another policy in place of the motion's: "A better answer is a larger tax credit", "The
 * smarter course would be to close the worst zoos". Offering another way is arguing against the act the article
 * is about, whatever the words say of the other way. Stateless.
 */
final class Alternatives {
    private static final Pattern OFFERED = Pattern.compile("^\\W*(?:(?:But|Instead|Rather|So),?\\s+)?(?:a|the)\\s+"
            + "(?:better|smarter|wiser|more sensible|more effective|real|right)\\s+(?:answer|solution|way|approach|"
            + "alternative|course|option|idea|fix|remedy|policy|response|step)\\s+(?:is|would be|lies|will be)\\b",
            Pattern.CASE_INSENSITIVE);

    private Alternatives() {}

    /** The reading of an argument that offers another way (against the act), or null for any other. */
    static PolarityReader.@Nullable Reading read(String text) {
        return OFFERED.matcher(text).find() ? new PolarityReader.Reading(PolarityReader.Frame.ACTION, -2) : null;
    }
}
