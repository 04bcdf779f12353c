package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block.Kind;
import org.junit.jupiter.api.Test;

class PdfReadingTest {
    private static final float LEFT = 72;
    private static final float WIDTH = 468;
    private static final float SIZE = 11;

    private static ArticleText read(byte[] pdf) {
        return Articles.READER.read(pdf, "article.pdf");
    }

    /** Paragraphs separated by a blank line's worth of space, starting {@code top} points from the top. */
    private static float paragraphs(PdfSketch pdf, float top, float left, float width, List<String> paragraphs) {
        float y = top;
        for (String paragraph : paragraphs) {
            y = pdf.paragraph(left, y, width, SIZE, paragraph) + SIZE * 2.5f;
        }
        return y;
    }

    @Test
    void readsParagraphsOfATextPdf() throws Exception {
        List<String> expected = Prose.paragraphs(3, 3);
        try (var pdf = new PdfSketch().page()) {
            paragraphs(pdf, 100, LEFT, WIDTH, expected);

            assertThat(Articles.texts(read(pdf.bytes()))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void startsAParagraphAtAnIndentedFirstLineWithoutExtraSpace() throws Exception {
        List<String> expected = Prose.paragraphs(2, 3);
        try (var pdf = new PdfSketch().page()) {
            float y = pdf.paragraph(LEFT, 100, WIDTH, SIZE, expected.get(0)) + SIZE * 1.25f;
            List<String> lines = PdfSketch.wrap(expected.get(1), WIDTH - 20, SIZE);
            pdf.line(LEFT + 20, y, SIZE, lines.getFirst());
            pdf.paragraph(LEFT, y + SIZE * 1.25f, WIDTH, SIZE, String.join(" ", lines.subList(1, lines.size())));

            assertThat(Articles.texts(read(pdf.bytes()))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void readsTheLeftColumnBeforeTheRightOnATwoColumnPage() throws Exception {
        List<String> left = Prose.paragraphs(2, 4);
        List<String> right = List.of(Prose.paragraph(5, 4), Prose.paragraph(6, 4));
        try (var pdf = new PdfSketch().page()) {
            pdf.line(LEFT, 80, 20, "Buses before charges");
            paragraphs(pdf, 120, LEFT, 220, left);
            paragraphs(pdf, 120, LEFT + 248, 220, right);

            ArticleText article = read(pdf.bytes());

            assertThat(Articles.texts(article)).containsExactly("Buses before charges", left.get(0), left.get(1),
                    right.get(0), right.get(1));
            assertThat(Articles.kinds(article).getFirst()).isEqualTo(Kind.HEADING);
        }
    }

    @Test
    void continuesAParagraphFromTheLeftColumnIntoTheRight() throws Exception {
        String paragraph = Prose.paragraph(1, 6);
        List<String> lines = PdfSketch.wrap(paragraph, 220, SIZE);
        int half = lines.size() / 2;
        try (var pdf = new PdfSketch().page()) {
            float y = 100;
            for (int i = 0; i < half; i++) {
                pdf.line(LEFT, y + i * SIZE * 1.25f, SIZE, lines.get(i));
                pdf.line(LEFT + 248, y + i * SIZE * 1.25f, SIZE, lines.get(half + i));
            }
            for (int i = 2 * half; i < lines.size(); i++) {
                pdf.line(LEFT + 248, y + (i - half) * SIZE * 1.25f, SIZE, lines.get(i));
            }

            assertThat(read(pdf.bytes()).body()).isEqualTo(paragraph);
        }
    }

    @Test
    void repairsHyphenationAtLineEndsButKeepsCompounds() throws Exception {
        try (var pdf = new PdfSketch().page()) {
            pdf.line(LEFT, 100, SIZE, "The council says the charge will slow the immi-");
            pdf.line(LEFT, 113.75f, SIZE, "gration of shoppers to the suburbs and help self-");
            pdf.line(LEFT, 127.5f, SIZE, "employed traders, although the anti-");
            pdf.line(LEFT, 141.25f, SIZE, "American chain stores on the square say it will hurt them.");

            assertThat(read(pdf.bytes()).body()).isEqualTo("The council says the charge will slow the immigration"
                    + " of shoppers to the suburbs and help self-employed traders, although the anti-American chain"
                    + " stores on the square say it will hurt them.");
        }
    }

    @Test
    void dropsRunningHeadersFootersAndPageNumbers() throws Exception {
        List<String> expected = Prose.paragraphs(4, 3);
        try (var pdf = new PdfSketch()) {
            for (int page = 0; page < 4; page++) {
                pdf.page();
                pdf.line(LEFT, 40, 9, "The Example Review — Transport Special");
                paragraphs(pdf, 100, LEFT, WIDTH, List.of(expected.get(page)));
                pdf.line(300, 760, 9, String.valueOf(page + 1));
                pdf.line(LEFT, 760, 9, "Page " + (page + 1) + " of 4");
            }

            ArticleText article = read(pdf.bytes());

            assertThat(Articles.texts(article)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void joinsAParagraphThatRunsOnToTheNextPage() throws Exception {
        String paragraph = Prose.paragraph(2, 4);
        List<String> lines = PdfSketch.wrap(paragraph, WIDTH, SIZE);
        try (var pdf = new PdfSketch()) {
            pdf.page();
            pdf.line(LEFT, 600, SIZE, lines.get(0));
            pdf.line(LEFT, 613.75f, SIZE, lines.get(1));
            pdf.page();
            pdf.paragraph(LEFT, 100, WIDTH, SIZE, String.join(" ", lines.subList(2, lines.size())));

            assertThat(read(pdf.bytes()).body()).isEqualTo(paragraph);
        }
    }

    @Test
    void takesTitleAndAuthorFromTheDocumentInformationButNoDate() throws Exception {
        try (var pdf = new PdfSketch().page().information("Buses before charges", "Jane Doe")) {
            paragraphs(pdf, 100, LEFT, WIDTH, Prose.paragraphs(2, 3));

            ArticleText article = read(pdf.bytes());

            assertThat(article.metadata().title()).isEqualTo("Buses before charges");
            assertThat(article.metadata().author()).isEqualTo("Jane Doe");
            assertThat(article.metadata().published()).isNull();
        }
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        try (var pdf = new PdfSketch().page()) {
            paragraphs(pdf, 100, LEFT, WIDTH, Prose.paragraphs(2, 3));
            byte[] bytes = pdf.encrypt("open-sesame").bytes();

            assertThatThrownBy(() -> read(bytes)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageStartingWith("article.pdf is encrypted");
        }
    }

    @Test
    void refusesAPdfThatForbidsCopyingText() throws Exception {
        var permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        try (var pdf = new PdfSketch().page()) {
            paragraphs(pdf, 100, LEFT, WIDTH, Prose.paragraphs(1, 3));
            byte[] bytes = pdf.encrypt("", permissions).bytes();

            assertThatThrownBy(() -> read(bytes)).isInstanceOf(UnreadableInputException.class)
                    .hasMessage("article.pdf is encrypted (copying its text is not permitted)");
        }
    }

    @Test
    void readsAPdfEncryptedOnlyAgainstEditing() throws Exception {
        try (var pdf = new PdfSketch().page()) {
            paragraphs(pdf, 100, LEFT, WIDTH, Prose.paragraphs(1, 3));
            byte[] bytes = pdf.encrypt("").bytes();

            assertThat(read(bytes).body()).isEqualTo(Prose.paragraph(0, 3));
        }
    }

    @Test
    void refusesAPdfThatHoldsOnlyAnImage() throws Exception {
        try (var pdf = new PdfSketch().page().image()) {
            byte[] bytes = pdf.bytes();

            assertThatThrownBy(() -> read(bytes)).isInstanceOf(UnreadableInputException.class)
                    .hasMessage("article.pdf has no text layer (scanned images?)");
        }
    }

    @Test
    void refusesACorruptPdf() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage \u0001\u0002 trailer"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("article.pdf is a damaged PDF");
    }
}
