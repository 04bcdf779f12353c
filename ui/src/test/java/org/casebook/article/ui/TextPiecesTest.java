package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.article.UnitDetails;
import org.casebook.article.UnitRole;
import org.junit.jupiter.api.Test;

class TextPiecesTest {
    private static final String BODY = "First claim. Plain words.\n\nSecond <b>para</b>. End.";

    @Test
    void coversTheTextExactlyParagraphByParagraph() {
        var paragraphs = TextPieces.of(BODY, List.of(unit(1, 0, 12), unit(2, 27, 45)));

        assertThat(paragraphs).hasSize(2);
        assertThat(join(paragraphs.get(0))).isEqualTo("First claim. Plain words.");
        assertThat(join(paragraphs.get(1))).isEqualTo("Second <b>para</b>. End.");
    }

    @Test
    void marksTheUnitsPiecesAndOnlyThem() {
        var paragraphs = TextPieces.of(BODY, List.of(unit(1, 0, 12)));

        assertThat(paragraphs.get(0)).extracting(TextPieces.Piece::text)
                .containsExactly("First claim.", " Plain words.");
        assertThat(paragraphs.get(0).get(0).unit()).isNotNull();
        assertThat(paragraphs.get(0).get(1).unit()).isNull();
    }

    @Test
    void splitsAUnitThatCrossesAParagraphBreak() {
        var paragraphs = TextPieces.of(BODY, List.of(unit(1, 13, 33)));

        assertThat(paragraphs.get(0).get(1).first()).isTrue();
        assertThat(paragraphs.get(1).get(0).unit()).isNotNull();
        assertThat(paragraphs.get(1).get(0).first()).isFalse();
    }

    @Test
    void leavesAnOverlappingUnitUnhighlighted() {
        var paragraphs = TextPieces.of(BODY, List.of(unit(1, 0, 12), unit(2, 6, 20)));

        assertThat(paragraphs.get(0)).filteredOn(p -> p.unit() != null).singleElement()
                .satisfies(p -> assertThat(p.unit().id()).isEqualTo(1));
    }

    private static String join(List<TextPieces.Piece> pieces) {
        return String.join("", pieces.stream().map(TextPieces.Piece::text).toList());
    }

    private static UnitDetails unit(long id, int start, int end) {
        return new UnitDetails(id, start, end, UnitRole.CLAIM, BODY.substring(start, end), null, null, 0.9, null,
                List.of());
    }
}
