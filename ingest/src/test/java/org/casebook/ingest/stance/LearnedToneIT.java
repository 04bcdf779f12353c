package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.embedding.OnnxEmbedder;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped learned tone with the real model: it loads, and it reads claims its words alone leave open. */
class LearnedToneIT {
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
    void theShippedDirectionFitsTheShippedModelAndTellsApprovalFromDisapproval() {
        LearnedTone tone = LearnedTone.shipped(embedder.modelId(), embedder.dimension());
        List<float[]> v = embedder.embed(List.of(
                "Vaccination programmes have saved millions of children's lives.",
                "Vaccination programmes have exposed millions of children to needless harm."));

        assertThat(tone.isEmpty()).isFalse();
        assertThat(tone.score(v.get(0))).isPositive();
        assertThat(tone.score(v.get(1))).isNegative();
    }

    @Test
    void aBanMotionTurnsApprovalOfTheThingBannedIntoCon() {
        StanceClassifier classifier = new StanceClassifier(embedder);
        List<String> claims = List.of("Homeschooling gives children an education fitted to their needs.",
                "Homeschooled children miss the company of their peers.");

        List<StanceLabel> labels = classifier.classifyTexts(claims, embedder.embed(claims),
                Motion.parse("This house would ban homeschooling"));

        assertThat(labels).extracting(StanceLabel::stance).containsExactly(Stance.CON, Stance.PRO);
    }
}
