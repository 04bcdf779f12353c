package org.casebook.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are answered before the model loads, with exit code 2 and one line on stderr. */
class IngestCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return IngestCli.run(args, InputStream.nullInputStream(), out, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        assertThat(run("summarise")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command summarise").hasLineCount(1);
    }

    @Test
    void analyzeWithoutAMotionIsBadUsage() {
        assertThat(run("analyze", "article.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --motion");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        assertThat(run("counters", "--corpus", "c.jsonl", "--fast", "yes")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast");
    }

    @Test
    void trainToneWithoutAnOutputFileIsBadUsageAndAMissingInputIsUnreadable() {
        assertThat(run("train-tone", "claims.csv")).isEqualTo(2);
        assertThat(run("train-tone", "no-such-claims.csv", "--out", "tone.tsv")).isEqualTo(3);
    }

    @Test
    void trainCountersWithoutAnOutputFileIsBadUsageAndAMissingDirectoryIsUnreadable() {
        assertThat(run("train-counters", "arguana")).isEqualTo(2);
        assertThat(run("train-counters", "no-such-arguana-dir", "--out", "map.tsv")).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-arguana-dir: cannot be read as ArguAna");
    }

    @Test
    void trainCountersNamesTheLineOfABrokenCorpus(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("corpus.jsonl"), "{\"id\": \"p1\", \"text\": \"A point.\"}\n{\"id\": \"c1\"}\n");
        Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\np1\tc1\t1\n");

        assertThat(run("train-counters", dir.toString(), "--out", dir.resolve("map.tsv").toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("corpus.jsonl line 2 has no \"id\" and \"text\"")
                .hasLineCount(1);
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(out.size()).isZero();
    }
}
