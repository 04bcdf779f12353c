package org.casebook.ingest.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.embedding.OnnxEmbedder;
import org.casebook.ingest.model.RankedCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped counter map with the real model: it loads, and each point finds its own answer among others. */
class CounterMapIT {
    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new OnnxEmbedder(32, 256, 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void eachPointRanksItsOwnRebuttalFirst() {
        CounterMap map = CounterMap.shipped(embedder.modelId(), embedder.dimension());
        List<String> corpus = List.of(
                "Homework teaches children to work on their own and to manage their time.",
                "Most homework is busywork; children learn independence better from projects they choose.",
                "A sugar tax makes sweet drinks dearer, so people buy fewer of them and obesity falls.",
                "People simply switch to cheaper brands; obesity has not fallen where the tax was tried.",
                "Nuclear power is the only low-carbon source that runs whatever the weather.",
                "Batteries and a wider grid already keep renewables running when the wind drops.");

        List<float[]> vectors = embedder.embed(corpus);
        List<Integer> points = List.of(0, 2, 4);
        List<List<RankedCounter>> ranked = new CounterRetriever(map).rank(corpus, vectors,
                points.stream().map(corpus::get).toList(), points.stream().map(vectors::get).toList(), points, 1);

        assertThat(map.isIdentity()).isFalse();
        assertThat(ranked).extracting(r -> r.getFirst().index()).containsExactly(1, 3, 5);
    }
}
