package org.casebook.ingest.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casebook.ingest.FakeEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterMapTest {
    @TempDir
    Path dir;

    @Test
    void fittingRecoversTheMapThatTakesEachPointToItsCounter() {
        Random random = new Random(3);
        List<float[]> points = new ArrayList<>();
        List<float[]> counters = new ArrayList<>();
        for (int p = 0; p < 300; p++) {
            float[] x = new float[3];
            for (int k = 0; k < 3; k++) {
                x[k] = (float) random.nextGaussian();
            }
            points.add(x);
            counters.add(new float[] {x[1], -x[0], 2 * x[2]}); // a quarter turn, and the third axis doubled
        }

        CounterMap map = CounterMap.fit("m", points, counters, 1e-6);

        float[] moved = map.apply(new float[] {1, 0, 0});
        assertThat(moved[0]).isCloseTo(0f, within(1e-3f));
        assertThat(moved[1]).isCloseTo(-1f, within(1e-3f));
        float[] scaled = map.apply(new float[] {0, 0.6f, 0.8f}); // (0.6, 0, 1.6), normalised
        assertThat(scaled[0]).isCloseTo(0.6f / (float) Math.hypot(0.6, 1.6), within(1e-3f));
        assertThat(scaled[2]).isCloseTo(1.6f / (float) Math.hypot(0.6, 1.6), within(1e-3f));
    }

    @Test
    void aStrongRidgeKeepsTheMapNearTheIdentity() {
        List<float[]> points = List.of(new float[] {1, 0}, new float[] {0, 1});
        List<float[]> counters = List.of(new float[] {0, 1}, new float[] {1, 0});

        float[] moved = CounterMap.fit("m", points, counters, 1000).apply(new float[] {1, 0});

        assertThat(moved[0]).isGreaterThan(0.99f);
    }

    @Test
    void aWrittenMapReadsBackWithItsModel() throws Exception {
        Path file = dir.resolve("map.tsv");
        CounterMap map = new CounterMap("model-a", new float[] {0, 2, 1, 0});
        map.write(file, List.of("fitted on two pairs"));

        CounterMap read = CounterMap.parse(Files.readAllLines(file));

        assertThat(Files.readString(file)).startsWith("# fitted on two pairs");
        assertThat(read.isIdentity()).isFalse();
        assertThat(read.apply(new float[] {1, 0})).containsExactly(0f, 1f);
        assertThat(read.apply(new float[] {0, 1})).containsExactly(1f, 0f);
    }

    @Test
    void theShippedMapServesOnlyTheModelItWasFittedWith() {
        FakeEmbedder other = new FakeEmbedder();
        float[] vector = new float[other.dimension()];
        vector[5] = 1;

        CounterMap map = CounterMap.shipped(other.modelId(), other.dimension());

        assertThat(map.isIdentity()).isTrue();
        assertThat(map.apply(vector)).isSameAs(vector);
    }
}
