package org.casebook.ingest.counter;

import java.util.List;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.MinedUnit;

/** Pairs units that rebut each other. Thread-safe. */
public final class CounterArgumentPairer {
    private final double threshold;

    public CounterArgumentPairer(double threshold) {
        this.threshold = threshold;
    }

    public List<CounterPair> pairWithin(ArticleText article, List<DetectedUnit> units, List<float[]> vectors) {
        return List.of();
    }

    public List<CounterPair> pairAcross(List<MinedUnit> library) {
        return List.of();
    }
}
