package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Segment;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.ReaderSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On the seed articles and on random text: spans in bounds, ordered, not overlapping; output deterministic. */
class IngestPipelineInvariantsTest {
    private static final String MOTION = "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    static Stream<ArticleText> articles() throws IOException {
        List<ArticleText> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ReaderSettings.defaults());
        try (Stream<Path> seeds = Files.list(Path.of("../seeds/src/main/resources/seeds/articles"))) {
            for (Path seed : seeds.sorted().toList()) {
                articles.add(reader.read(Files.readAllBytes(seed), seed.toString()));
            }
        }
        Random random = new Random(7);
        String[] words = {"aid", "Mr.", "U.S.", "\u201cwe", "said", "cut.", "should", "not", "?", "\u201d", "the", "5%", "\u2014"};
        for (int a = 0; a < 5; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                StringBuilder text = new StringBuilder("Start");
                for (int w = 0; w < 60; w++) {
                    text.append(' ').append(words[random.nextInt(words.length)]);
                }
                paragraphs.add(text.toString());
            }
            articles.add(Texts.article(paragraphs.toArray(String[]::new)));
        }
        return articles.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void spansAreInBoundsOrderedAndDisjoint(ArticleText article) {
        Analysis analysis = pipeline.analyse(article, List.of(MOTION));
        int end = 0;
        for (Segment s : analysis.segments()) {
            assertThat(s.span().start()).isGreaterThanOrEqualTo(end);
            assertThat(s.span().end()).isLessThanOrEqualTo(article.body().length());
            end = s.span().end();
        }
        end = 0;
        for (DetectedUnit u : analysis.units()) {
            assertThat(u.span().start()).isGreaterThanOrEqualTo(end);
            assertThat(u.span().cut(article.body())).isNotBlank();
            end = u.span().end();
        }
        assertThat(analysis.stances().getFirst()).hasSameSizeAs(analysis.units());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theSameInputGivesTheSameOutput(ArticleText article) {
        Analysis first = pipeline.analyse(article, List.of(MOTION));
        Analysis second = pipeline.analyse(article, List.of(MOTION));
        assertThat(second.units()).isEqualTo(first.units());
        assertThat(second.stances()).isEqualTo(first.stances());
        assertThat(second.counters()).isEqualTo(first.counters());
    }
}
