package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block.Kind;
import org.junit.jupiter.api.Test;

class DocxReadingTest {
    private static final String P1 = Prose.paragraph(0, 3);
    private static final String P2 = Prose.paragraph(1, 3);

    private static DocxSketch wordStyles() {
        return new DocxSketch()
                .style("Title", "Title", null)
                .style("Heading1", "heading 1", null)
                .style("berschrift2", "heading 2", null)
                .style("Quote", "Quote", null)
                .style("IntenseQuote", "Intense Quote", null)
                .style("PullQuote", "Pull Quote", "Quote")
                .style("Caption", "caption", null);
    }

    private static ArticleText read(byte[] docx) {
        return Articles.READER.read(docx, "article.docx");
    }

    @Test
    void typesParagraphsByTheirWordStyles() throws Exception {
        try (var docx = wordStyles()
                .paragraph("Title", "Buses before charges")
                .paragraph(null, P1)
                .paragraph("Heading1", "What the critics say")
                .paragraph("Quote", "Shop owners worry that fewer visitors will come.")
                .paragraph("IntenseQuote", "Parking is the lifeblood of the square.")
                .paragraph("PullQuote", "Nobody wants more traffic.")
                .paragraph("berschrift2", "A localised heading")
                .bullet("cheaper buses for everyone")
                .paragraph("Caption", "A bus in the rain (Jane Roe/AFP)")
                .paragraph(null, P2)) {

            ArticleText article = read(docx.bytes());

            assertThat(Articles.kinds(article)).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.HEADING,
                    Kind.QUOTE, Kind.QUOTE, Kind.QUOTE, Kind.HEADING, Kind.LIST_ITEM, Kind.PARAGRAPH);
            assertThat(Articles.texts(article)).doesNotContain("A bus in the rain (Jane Roe/AFP)").endsWith(P2);
        }
    }

    @Test
    void takesTitleAndAuthorFromCorePropertiesButNoDate() throws Exception {
        try (var docx = wordStyles().properties("Buses before charges", "Jane Doe").paragraph(null, P1)) {
            ArticleText article = read(docx.bytes());

            assertThat(article.metadata().title()).isEqualTo("Buses before charges");
            assertThat(article.metadata().author()).isEqualTo("Jane Doe");
            assertThat(article.metadata().published()).isNull();
        }
    }

    @Test
    void takesTheTitleFromATitleParagraphWhenThePropertiesHaveNone() throws Exception {
        try (var docx = wordStyles().paragraph("Title", "Buses before charges").paragraph(null, P1)) {
            assertThat(read(docx.bytes()).metadata().title()).isEqualTo("Buses before charges");
        }
    }

    @Test
    void fillsTheDateFromADatelineInTheText() throws Exception {
        try (var docx = wordStyles().paragraph(null, "By Jane Doe, The Example Times, March 3, 2019")
                .paragraph(null, P1)) {
            ArticleText article = read(docx.bytes());

            assertThat(article.metadata().author()).isEqualTo("Jane Doe");
            assertThat(article.metadata().publication()).isEqualTo("The Example Times");
            assertThat(article.metadata().published()).hasToString("2019-03-03");
            assertThat(article.body()).isEqualTo(P1);
        }
    }

    @Test
    void refusesADocxWhoseDocumentPartIsNotXml() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("this is not xml".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> read(zip.toByteArray())).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("article.docx is a damaged Word document");
    }

    @Test
    void refusesATruncatedDocx() throws Exception {
        try (var docx = wordStyles().paragraph(null, P1)) {
            byte[] whole = docx.bytes();
            byte[] half = Arrays.copyOf(whole, whole.length / 2);

            assertThatThrownBy(() -> read(half)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageStartingWith("article.docx is a damaged Word document");
        }
    }
}
