package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitVectorIndexTest {
    @Test
    void readsPostgresBinaryArrays() {
        ByteBuffer out = ByteBuffer.allocate(20 + 2 * 8);
        out.putInt(1).putInt(0).putInt(700).putInt(2).putInt(1); // one dimension of two float4, from index 1
        out.putInt(4).putFloat(0.25f).putInt(4).putFloat(-1.5f);

        assertThat(UnitVectorIndex.floats(out.array())).containsExactly(0.25f, -1.5f);
    }

    @Test
    void quantisedVectorsKeepTheCosineWithinAFewThousandths() {
        var random = new Random(3);
        for (int n = 0; n < 200; n++) {
            float[] a = new float[384];
            float[] b = new float[384];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) random.nextGaussian();
                b[i] = (float) (a[i] * 0.6 + random.nextGaussian());
            }
            byte[] qb = UnitVectorIndex.quantise(b);
            float[] back = new float[qb.length];
            for (int i = 0; i < qb.length; i++) {
                back[i] = qb[i];
            }

            assertThat(LibraryFinder.cosine(a, back)).isCloseTo(LibraryFinder.cosine(a, b), within(0.005));
        }
    }
}
