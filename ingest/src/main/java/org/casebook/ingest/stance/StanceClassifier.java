package org.casebook.ingest.stance;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.embedding.Embedder;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;

/** Gives each unit its stance towards a motion. Thread-safe. */
public final class StanceClassifier {
    private final Embedder embedder;

    public StanceClassifier(Embedder embedder) {
        this.embedder = embedder;
    }

    public List<StanceLabel> classify(ArticleText article, List<DetectedUnit> units, List<float[]> vectors, Motion motion) {
        List<StanceLabel> labels = new ArrayList<>();
        for (DetectedUnit u : units) {
            labels.add(new StanceLabel(u.index(), Stance.NEUTRAL, 0.5));
        }
        return labels;
    }

    public List<StanceLabel> classifyTexts(List<String> texts, List<float[]> vectors, Motion motion) {
        List<StanceLabel> labels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            labels.add(new StanceLabel(i, Stance.NEUTRAL, 0.5));
        }
        return labels;
    }
}
