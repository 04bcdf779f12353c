package org.casebook.ingest.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.Role;
import org.casebook.ingest.model.Speaker;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.TextSpan;
import org.casebook.ingest.model.UnitRef;
import org.junit.jupiter.api.Test;

class CounterArgumentPairerTest {
    private final CounterArgumentPairer pairer = new CounterArgumentPairer(0.3);
    private final FakeEmbedder embedder = new FakeEmbedder();

    @Test
    void aCorrectionAnswersTheOtherVoiceBeforeIt() {
        var article = Texts.article("Our aid goes to their governments, who waste it.",
                "To be clear, aid does not go to their governments.");
        var first = new DetectedUnit(0, new TextSpan(0, 48), List.of(0), Role.CLAIM, 0.8, new Speaker("Trump", null), null);
        var second = new DetectedUnit(1, new TextSpan(50, article.body().length()), List.of(1), Role.CLAIM, 0.8, null, null);
        var vectors = embedder.embed(List.of("a", "b"));
        List<CounterPair> pairs = pairer.pairWithin(article, List.of(first, second), vectors);
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.unit()).isEqualTo(new UnitRef(0, 0));
            assertThat(p.counter()).isEqualTo(new UnitRef(0, 1));
            assertThat(p.basis()).isEqualTo(CounterPair.Basis.EXPLICIT);
        });
    }

    @Test
    void pairsOnlyOppositeStancesByMeaning() {
        var texts = List.of("cutting aid will increase migration", "cutting aid will reduce migration",
                "cutting aid will increase migration sharply", "the weather is fine today");
        var vectors = embedder.embed(texts);
        var library = List.of(
                new MinedUnit(new UnitRef(0, 0), texts.get(0), vectors.get(0), Role.CLAIM, Stance.CON),
                new MinedUnit(new UnitRef(1, 0), texts.get(1), vectors.get(1), Role.CLAIM, Stance.PRO),
                new MinedUnit(new UnitRef(2, 0), texts.get(2), vectors.get(2), Role.CLAIM, Stance.CON),
                new MinedUnit(new UnitRef(3, 0), texts.get(3), vectors.get(3), Role.CLAIM, Stance.PRO));
        List<CounterPair> pairs = pairer.pairAcross(library);
        assertThat(pairs).isNotEmpty().allSatisfy(p -> {
            assertThat(p.basis()).isEqualTo(CounterPair.Basis.SEMANTIC);
            assertThat(List.of(p.unit().article(), p.counter().article())).contains(1);
        });
        assertThat(pairs).noneMatch(p -> p.unit().article() == 3 || p.counter().article() == 3);
    }
}
