package org.casebook.ingest.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ingest.Vectors.unit;

import java.util.List;
import org.casebook.ingest.model.RankedCounter;
import org.junit.jupiter.api.Test;

class CounterRetrieverTest {
    private static List<Integer> indices(List<RankedCounter> ranked) {
        return ranked.stream().map(RankedCounter::index).toList();
    }

    @Test
    void aCopyOfTheQueryIsNeverItsRebuttal() {
        List<String> corpus = List.of("Aid props up corrupt governments.", "Aid reaches people, not governments.",
                "Aid  props up corrupt governments. ", "Schools need more funding.");
        List<float[]> vectors = List.of(unit(1, 0, 0), unit(0.8, 0.6, 0), unit(1, 0, 0), unit(0, 0, 1));

        List<List<RankedCounter>> ranked = new CounterRetriever().rank(corpus, vectors, List.of(corpus.get(0)),
                List.of(vectors.get(0)), List.of(0), 3);

        assertThat(indices(ranked.getFirst())).containsExactly(1, 3);
    }

    @Test
    void equalScoresKeepTheCollectionsOrder() {
        List<String> corpus = List.of("query", "one answer", "the same answer in other words", "other");
        List<float[]> vectors = List.of(unit(1, 0), unit(0.6, 0.8), unit(0.6, 0.8), unit(0, 1));

        List<RankedCounter> ranked = new CounterRetriever().rank(corpus, vectors, List.of("query"),
                List.of(vectors.get(0)), List.of(0), 2).getFirst();

        assertThat(indices(ranked)).containsExactly(1, 2);
        assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
    }

    @Test
    void theMapLooksWhereTheRebuttalLiesRatherThanBesideThePoint() {
        List<String> corpus = List.of("a restatement of the point", "its rebuttal", "an aside");
        List<float[]> vectors = List.of(unit(1, 0.1, 0), unit(0.1, 1, 0), unit(0, 0, 1));
        float[] point = unit(1, 0, 0);
        CounterMap quarterTurn = new CounterMap("m", new float[] {0, 1, 0, -1, 0, 0, 0, 0, 1});

        List<RankedCounter> plain = new CounterRetriever().rank(corpus, vectors, List.of("the point"),
                List.of(point), List.of(-1), 1).getFirst();
        List<RankedCounter> mapped = new CounterRetriever(quarterTurn).rank(corpus, vectors, List.of("the point"),
                List.of(point), List.of(-1), 1).getFirst();

        assertThat(indices(plain)).containsExactly(0);
        assertThat(indices(mapped)).containsExactly(1);
    }
}
