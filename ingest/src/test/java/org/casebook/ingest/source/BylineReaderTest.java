package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casebook.ingest.model.ArticleMetadata;
import org.junit.jupiter.api.Test;

class BylineReaderTest {
    private final BylineReader reader = new BylineReader();
    private static final RawBlock PROSE = RawBlock.paragraph(Prose.paragraph(0, 2));

    private BylineReader.Byline read(String line) {
        return reader.read(List.of(RawBlock.paragraph(line), PROSE));
    }

    @Test
    void readsASimpleByline() {
        assertThat(read("By Jane Doe").metadata()).isEqualTo(new ArticleMetadata(null, "Jane Doe", null, null));
    }

    @Test
    void readsSeveralAuthors() {
        assertThat(read("By Jane Doe, John Roe and Ann Lee").metadata().author())
                .isEqualTo("Jane Doe, John Roe and Ann Lee");
    }

    @Test
    void readsAuthorPublicationAndDateSeparatedByBars() {
        assertThat(read("Jane Doe | The Example Times | March 3, 2019").metadata()).isEqualTo(
                new ArticleMetadata(null, "Jane Doe", "The Example Times", LocalDate.of(2019, 3, 3)));
    }

    @Test
    void ignoresTheRoleAfterTheName() {
        assertThat(read("By Jane Doe, Staff Writer").metadata())
                .isEqualTo(new ArticleMetadata(null, "Jane Doe", null, null));
    }

    @Test
    void readsAPublicationAfterFor() {
        assertThat(read("By Jane Doe for The Example Times").metadata().publication()).isEqualTo("The Example Times");
    }

    @Test
    void readsALoneDateline() {
        assertThat(read("Updated 3 March 2019 at 5:00 p.m. EST").metadata().published())
                .isEqualTo(LocalDate.of(2019, 3, 3));
    }

    @Test
    void removesTheBylineFromTheBlocks() {
        assertThat(read("By Jane Doe").remaining()).containsExactly(PROSE);
    }

    @Test
    void leavesOrdinarySentencesAlone() {
        for (String sentence : List.of("The Washington Post reported:", "By the end of March 3, 2019, it was over.",
                "Jane Doe said the plan | was doomed", "Bystanders Were Shocked")) {
            BylineReader.Byline byline = read(sentence);

            assertThat(byline.metadata()).as(sentence).isEqualTo(ArticleMetadata.none());
            assertThat(byline.remaining()).as(sentence).hasSize(2);
        }
    }

    @Test
    void looksOnlyAtTheFirstBlocks() {
        var blocks = List.of(PROSE, PROSE, PROSE, PROSE, PROSE, RawBlock.paragraph("By Jane Doe"));

        assertThat(reader.read(blocks).metadata()).isEqualTo(ArticleMetadata.none());
    }
}
