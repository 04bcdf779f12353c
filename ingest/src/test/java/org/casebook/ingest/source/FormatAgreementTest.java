package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.junit.jupiter.api.Test;

/** The same paragraphs saved as text, Markdown, HTML, a two-column PDF and DOCX read back identically. */
class FormatAgreementTest {
    @Test
    void everyFormatYieldsTheSameParagraphs() throws Exception {
        int pages = 3;
        List<String> expected = Prose.paragraphs(pages * ReaderBenchmark.PARAGRAPHS_PER_PAGE, 4);
        Map<String, byte[]> corpus = ReaderBenchmark.corpus(pages);

        for (var entry : corpus.entrySet()) {
            ArticleText article = Articles.READER.read(entry.getValue(), "agreement." + entry.getKey());

            List<String> paragraphs = article.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH)
                    .map(b -> b.span().cut(article.body())).toList();
            assertThat(paragraphs).as(entry.getKey()).containsExactlyElementsOf(expected);
        }
    }
}
