package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedToneTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenDirectionReadsBackWithItsModelAndWeights() throws Exception {
        Path file = dir.resolve("tone.tsv");
        new LearnedTone("model-a", new float[] {0.5f, -2f, 0.125f}).write(file, List.of("trained on three claims"));

        LearnedTone read = LearnedTone.parse(Files.readAllLines(file));

        assertThat(Files.readString(file)).startsWith("# trained on three claims");
        assertThat(read.score(new float[] {1, 0, 0})).isEqualTo(0.5);
        assertThat(read.score(new float[] {0, 1, 1})).isEqualTo(-1.875);
    }

    @Test
    void theShippedDirectionServesOnlyTheModelItWasTrainedWith() {
        FakeEmbedder other = new FakeEmbedder();

        LearnedTone tone = LearnedTone.shipped(other.modelId(), other.dimension());

        assertThat(tone.isEmpty()).isTrue();
        assertThat(tone.score(new float[other.dimension()])).isZero();
    }

    @Test
    void fittingFindsTheDirectionThatSeparatesApprovalFromDisapproval() {
        java.util.Random random = new java.util.Random(7);
        List<float[]> vectors = new ArrayList<>();
        int[] labels = new int[200];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2 == 0 ? 1 : -1;
            float[] v = new float[8];
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) random.nextGaussian() * 0.3f;
            }
            v[3] += labels[i] * 0.5f; // only dimension 3 carries the label
            vectors.add(v);
        }
        List<Integer> training = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            training.add(i);
        }

        LearnedTone tone = new LearnedTone("m", ToneTraining.fit(vectors, labels, training));

        int right = 0;
        for (int i = 150; i < 200; i++) {
            right += Math.signum(tone.score(vectors.get(i))) == labels[i] ? 1 : 0;
        }
        assertThat(right).isGreaterThanOrEqualTo(45);
        assertThat(Math.abs(tone.score(new float[] {0, 0, 0, 1, 0, 0, 0, 0})))
                .isGreaterThan(Math.abs(tone.score(new float[] {1, 0, 0, 0, 0, 0, 0, 0})));
    }
}
