package org.casebook.ingest.stance;

import java.util.List;
import java.util.stream.IntStream;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.TextSpan;

/** Units made by hand for tests of how an article's units are weighed. */
final class ArticleUnits {
    private ArticleUnits() {}

    /** Claim units of the given texts, each where it first stands in the body, numbered in order. */
    static List<DetectedUnit> of(String body, String... texts) {
        return IntStream.range(0, texts.length).mapToObj(i -> {
            int start = body.indexOf(texts[i]);
            return new DetectedUnit(i, new TextSpan(start, start + texts[i].length()), List.of(i), Role.CLAIM, 0.8,
                    null, null);
        }).toList();
    }

    /** The unit as said by {@code speaker}. */
    static DetectedUnit spokenBy(DetectedUnit u, Speaker speaker) {
        return new DetectedUnit(u.index(), u.span(), u.segments(), u.role(), u.confidence(), speaker, u.supports());
    }
}
