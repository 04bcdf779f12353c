package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.ingest.model.ArticleText;
import org.junit.jupiter.api.Test;

/** The three seed articles shipped in the seeds module read as their layout intends. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("../seeds/src/main/resources/seeds/articles");

    private static ArticleText seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Articles.READER.read(Files.readAllBytes(file), file.getFileName().toString());
        }
    }

    private static long nonEmptyLines(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        }
    }

    @Test
    void keepsEachLineOfALinePerParagraphSeedAsItsOwnParagraph() throws IOException {
        ArticleText article = seed("000_");

        assertThat(article.blocks()).hasSize((int) nonEmptyLines("000_"));
    }

    @Test
    void dropsThePhotoCaptionOfSeedOne() throws IOException {
        ArticleText article = seed("001_");

        assertThat(article.body()).startsWith("WITH EACH passing day").doesNotContain("Getty Images");
    }

    @Test
    void unwrapsTheHardWrappedSeedIntoWholeParagraphs() throws IOException {
        ArticleText article = seed("002_");

        assertThat(article.body().replace("\n\n", "")).doesNotContain("\n");
        assertThat(Articles.texts(article)).first().asString()
                .startsWith("The Trump administration is on a mission to guard Fortress America against");
        assertThat(article.blocks()).hasSizeLessThan(20);
    }

    @Test
    void spansOfEverySeedCoverExactlyTheBlockText() throws IOException {
        for (String prefix : new String[] {"000_", "001_", "002_"}) {
            ArticleText article = seed(prefix);

            assertThat(Articles.texts(article)).allSatisfy(text -> assertThat(text).isNotBlank().isEqualTo(text.strip())
                    .doesNotContain("\n"));
            assertThat(article.body()).isEqualTo(String.join("\n\n", Articles.texts(article)));
        }
    }
}
