package org.casebook.ingest.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline found in one article: its sentences, its units with their embedding vectors (aligned with
 * {@code units}), the stance of each unit towards each motion it was asked about ({@code stances.get(m)} for
 * motion {@code m}), and the counter pairs inside the article (article index 0).
 */
public record Analysis(
        ArticleText article,
        List<Segment> segments,
        List<DetectedUnit> units,
        List<float[]> vectors,
        List<List<StanceLabel>> stances,
        List<CounterPair> counters,
        Provenance provenance) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(provenance, "provenance");
        segments = List.copyOf(segments);
        units = List.copyOf(units);
        vectors = List.copyOf(vectors);
        stances = stances.stream().map(List::copyOf).toList();
        counters = List.copyOf(counters);
        if (vectors.size() != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + vectors.size() + " vectors");
        }
    }
}
