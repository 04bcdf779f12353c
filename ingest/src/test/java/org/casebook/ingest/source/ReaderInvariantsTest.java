package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, reading either yields a well-formed article (blocks in order, spans on clean text) or an
 * {@link UnreadableInputException}; never another exception. Inputs are valid files of every format with random
 * bytes damaged or cut off, from a fixed seed.
 */
class ReaderInvariantsTest {
    private static final int CASES_PER_FORMAT = 40;

    @Test
    void damagedInputIsEitherReadCleanlyOrRefusedWithAReason() throws Exception {
        Map<String, byte[]> corpus = ReaderBenchmark.corpus(1);
        var random = new Random(20_190_303);
        var unexpected = new ArrayList<String>();
        for (var entry : corpus.entrySet()) {
            for (int i = 0; i < CASES_PER_FORMAT; i++) {
                byte[] damaged = damage(entry.getValue(), random);
                String name = entry.getKey() + "#" + i;
                Throwable thrown = catchThrowable(() -> checkWellFormed(Articles.READER.read(damaged, name)));
                if (thrown != null && !(thrown instanceof UnreadableInputException)) {
                    unexpected.add(name + ": " + thrown);
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] copy = original.clone();
        if (random.nextBoolean()) {
            return Arrays.copyOf(copy, 1 + random.nextInt(copy.length));
        }
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static void checkWellFormed(ArticleText article) {
        List<Block> blocks = article.blocks();
        assertThat(blocks).isNotEmpty();
        for (Block block : blocks) {
            String text = block.span().cut(article.body());
            assertThat(text).isNotBlank().isEqualTo(text.strip()).doesNotContain("\n");
        }
    }
}
