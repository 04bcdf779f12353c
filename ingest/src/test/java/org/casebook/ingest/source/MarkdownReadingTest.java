package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block.Kind;
import org.junit.jupiter.api.Test;

class MarkdownReadingTest {
    private static final String ARTICLE = """
            # Should the old town charge cars?

            The council voted on **Tuesday** to study a [congestion charge](https://example.org/charge "plan")
            for cars entering the old town, and _supporters_ say it would pay for buses.

            ## What the critics say

            > Shop owners worry that fewer visitors will come
            > if parking becomes more expensive.

            * cheaper buses for `everyone`
            * safer cycle lanes
              that are built first
            1. a referendum before any charge

            ![A crowded street](street.jpg)

            ```
            code = "is not prose"
            ```

            The mayor said no decision would be made before the spring, \\*not\\* earlier. See <https://example.org>.
            """;

    @Test
    void typesHeadingsQuotesListItemsAndParagraphs() {
        ArticleText article = Articles.read(ARTICLE, "charge.md");

        assertThat(Articles.kinds(article)).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.HEADING, Kind.QUOTE,
                Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.PARAGRAPH);
    }

    @Test
    void stripsInlineMarkupSoTheBodyIsCleanProse() {
        ArticleText article = Articles.read(ARTICLE, "charge.md");

        assertThat(Articles.texts(article)).containsExactly(
                "Should the old town charge cars?",
                "The council voted on Tuesday to study a congestion charge for cars entering the old town, and "
                        + "supporters say it would pay for buses.",
                "What the critics say",
                "Shop owners worry that fewer visitors will come if parking becomes more expensive.",
                "cheaper buses for everyone",
                "safer cycle lanes that are built first",
                "a referendum before any charge",
                "The mayor said no decision would be made before the spring, *not* earlier. See https://example.org.");
    }

    @Test
    void takesTheTitleFromALeadingHeading() {
        ArticleText article = Articles.read(ARTICLE, "charge.md");

        assertThat(article.metadata().title()).isEqualTo("Should the old town charge cars?");
    }

    @Test
    void takesMetadataFromFrontMatter() {
        String text = """
                ---
                title: "Buses before charges"
                author: Jane Doe
                publication: The Example Times
                date: 2019-03-03
                ---
                """ + Prose.paragraph(3, 3);

        ArticleText article = Articles.read(text, "front.markdown");

        assertThat(article.metadata().title()).isEqualTo("Buses before charges");
        assertThat(article.metadata().author()).isEqualTo("Jane Doe");
        assertThat(article.metadata().publication()).isEqualTo("The Example Times");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(article.body()).isEqualTo(Prose.paragraph(3, 3));
    }

    @Test
    void readsMarkdownSyntaxAsPlainTextWithoutAMarkdownExtension() {
        ArticleText article = Articles.read("# " + Prose.paragraph(1, 1) + "\n\n" + Prose.paragraph(2, 3), "notes.txt");

        assertThat(Articles.texts(article).getFirst()).startsWith("# ");
    }

    @Test
    void keepsUnderscoresInsideWords() {
        ArticleText article = Articles.read(Prose.paragraph(4, 2) + " The file snake_case_name stays.", "a.md");

        assertThat(article.body()).endsWith("The file snake_case_name stays.");
    }
}
