package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Block;
import org.junit.jupiter.api.Test;

class PlainTextReadingTest {
    private static final String FIRST = Prose.paragraph(0, 3);
    private static final String SECOND = Prose.paragraph(1, 3);

    private static ArticleText read(byte[] bytes) {
        return Articles.READER.read(bytes, "article.txt");
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        var all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() {
        String text = "The café’s owner said “no” to the plan. " + FIRST;

        ArticleText article = read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(article.body()).isEqualTo(text);
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() {
        ArticleText article = read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FIRST.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(article.body()).isEqualTo(FIRST);
    }

    @Test
    void fallsBackOnWindows1252WhenTheBytesAreNotUtf8() {
        String text = "The café’s owner said “no” to the plan — twice. " + FIRST;

        ArticleText article = read(text.getBytes(Charset.forName("windows-1252")));

        assertThat(article.body()).isEqualTo(text);
    }

    @Test
    void stripsAUtf8ByteOrderMarkAndNormalisesLineEndings() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (FIRST + "\r\n\r\n" + SECOND + "\r").getBytes(StandardCharsets.UTF_8));

        ArticleText article = read(bytes);

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void unwrapsHardWrappedParagraphsIntoSingleLines() {
        String wrapped = String.join("\n", Prose.wrap(FIRST, 64)) + "\n\n" + String.join("\n", Prose.wrap(SECOND, 64));

        ArticleText article = Articles.read(wrapped, "wrapped.txt");

        assertThat(Articles.texts(article)).containsExactly(FIRST, SECOND);
    }

    @Test
    void repairsHyphenationWhileUnwrapping() {
        String wrapped = """
                The council wants to reduce the number of cars in the old
                town, and the consultation on the charge asks about immi-
                gration of shoppers from the suburbs, about self-
                employed traders and about the anti-
                American chain stores on the square near the station.
                """;

        ArticleText article = Articles.read(wrapped, "wrapped.txt");

        assertThat(article.body()).contains("immigration of shoppers", "self-employed traders", "anti-American chain");
    }

    @Test
    void keepsEachLineAsAParagraphWhenLinesAreWholeParagraphs() {
        String text = FIRST + "\n" + SECOND + "\n\nShort line:\n" + Prose.paragraph(2, 2);

        ArticleText article = Articles.read(text, "lines.txt");

        assertThat(Articles.texts(article)).containsExactly(FIRST, SECOND, "Short line:", Prose.paragraph(2, 2));
    }

    @Test
    void dropsPhotoCaptionLines() {
        String text = "Commuters wait for a bus in the rain outside the station. (Jane Roe/AFP/Getty Images)\n\n"
                + FIRST + "\n\nPhoto: John Smith/Reuters\n\n" + SECOND;

        ArticleText article = Articles.read(text, "captioned.txt");

        assertThat(Articles.texts(article)).containsExactly(FIRST, SECOND);
    }

    @Test
    void typesBulletedLinesAsListItems() {
        String text = FIRST + "\n\n- cheaper buses for everyone\n- safer cycle lanes\n\n" + SECOND;

        ArticleText article = Articles.read(text, "list.txt");

        assertThat(Articles.kinds(article)).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM,
                Block.Kind.LIST_ITEM, Block.Kind.PARAGRAPH);
        assertThat(Articles.texts(article).get(1)).isEqualTo("cheaper buses for everyone");
    }

    @Test
    void takesAuthorPublicationAndDateFromABylineAndRemovesIt() {
        String text = "Jane Doe | The Example Times | March 3, 2019\n\n" + FIRST + "\n\n" + SECOND;

        ArticleText article = Articles.read(text, "byline.txt");

        assertThat(article.metadata().author()).isEqualTo("Jane Doe");
        assertThat(article.metadata().publication()).isEqualTo("The Example Times");
        assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(article.body()).startsWith(FIRST);
    }

    @Test
    void leavesMetadataUnknownWhenTheTextStatesNone() {
        ArticleText article = Articles.read(FIRST + "\n\n" + SECOND, "plain.txt");

        assertThat(article.metadata()).isEqualTo(ArticleMetadata.none());
    }

    @Test
    void placesBlocksOneBlankLineApartWithSpansOnTheirText() {
        ArticleText article = Articles.read("  " + FIRST + "  \n\n\n\n\t" + SECOND + "\n", "spaces.txt");

        assertThat(article.blocks()).extracting(Block::span).extracting(span -> List.of(span.start(), span.end()))
                .containsExactly(List.of(0, FIRST.length()),
                        List.of(FIRST.length() + 2, FIRST.length() + 2 + SECOND.length()));
    }
}
