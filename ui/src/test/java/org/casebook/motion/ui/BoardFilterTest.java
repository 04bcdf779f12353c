package org.casebook.motion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.article.EvidenceKind;
import org.casebook.article.MotionBoard;
import org.casebook.article.Side;
import org.casebook.article.UnitRole;
import org.junit.jupiter.api.Test;

class BoardFilterTest {
    static MotionBoard.Card card(long id, long article, UnitRole role, Side side, String speaker) {
        return new MotionBoard.Card(id, article, "Article " + article, role, side, "Unit " + id, speaker, null,
                0.8, false);
    }

    private final MotionBoard.Row answeredClaim = new MotionBoard.Row(card(1, 10, UnitRole.CLAIM, Side.PRO, null),
            List.of(new MotionBoard.Rebuttal(card(2, 11, UnitRole.CLAIM, Side.CON, "Harris"), false, 0.7)), null);
    private final MotionBoard.Row openEvidence = new MotionBoard.Row(
            card(3, 11, UnitRole.EVIDENCE, Side.CON, "Harris"), List.of(), null);
    private final List<MotionBoard.Row> rows = List.of(answeredClaim, openEvidence);

    @Test
    void keepsEverythingByDefault() {
        assertThat(BoardFilter.everything().apply(rows)).containsExactly(answeredClaim, openEvidence);
    }

    @Test
    void filtersByKeyPoint() {
        var inPoint = new MotionBoard.Row(card(6, 12, UnitRole.CLAIM, Side.PRO, null), List.of(), 70L);
        var all = List.of(answeredClaim, openEvidence, inPoint);
        assertThat(BoardFilter.everything().withKeyPoint(70L).apply(all)).containsExactly(inPoint);
        assertThat(BoardFilter.everything().withKeyPoint(70L).withKeyPoint(null).apply(all)).isEqualTo(all);
    }

    @Test
    void filtersByArticleSpeakerAndRole() {
        assertThat(BoardFilter.everything().withArticle(11L).apply(rows)).containsExactly(openEvidence);
        assertThat(BoardFilter.everything().withSpeaker(BoardFilter.AUTHOR).apply(rows)).containsExactly(answeredClaim);
        assertThat(BoardFilter.everything().withRole(UnitRole.EVIDENCE).apply(rows)).containsExactly(openEvidence);
    }

    @Test
    void filtersEvidenceByWhatItOffers() {
        var figures = new MotionBoard.Row(new MotionBoard.Card(4, 12, "Article 12", UnitRole.EVIDENCE, Side.PRO,
                "Aid fell by 40 percent in 2019.", null, null, 0.8, false), List.of(), null);
        var study = new MotionBoard.Row(new MotionBoard.Card(5, 12, "Article 12", UnitRole.EVIDENCE, Side.PRO,
                "A 2021 study of 300 towns found homicides fell by half.", null, null, 0.8, false), List.of(), null);
        var example = new MotionBoard.Row(new MotionBoard.Card(6, 12, "Article 12", UnitRole.EVIDENCE, Side.CON,
                "In Tegucigalpa, for example, the clinic closed within a year.", null, null, 0.8, false),
                List.of(), null);
        var all = List.of(answeredClaim, openEvidence, figures, study, example);

        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.FIGURES).apply(all)).containsExactly(figures);
        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.STUDY).apply(all)).containsExactly(study);
        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.EXAMPLE).apply(all)).containsExactly(example);
        // "Unit 3", said by Harris: testimony
        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.TESTIMONY).apply(all))
                .containsExactly(openEvidence);
        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.FIGURES).withEvidenceKind(null).apply(all))
                .containsExactly(openEvidence, figures, study, example);
        assertThat(BoardFilter.everything().withEvidenceKind(EvidenceKind.STUDY).withRole(null).apply(all))
                .hasSize(5);
    }

    @Test
    void theRoleChoicesSetTheRoleOrTheKindOfEvidence() {
        assertThat(BoardFilter.roleChoices()).startsWith(BoardFilter.ALL_ROLES, "Claims", "Evidence")
                .contains("Evidence: " + EvidenceKind.STUDY.label());

        assertThat(BoardFilter.everything().withRoleChoice("Claims").role()).isEqualTo(UnitRole.CLAIM);
        assertThat(BoardFilter.everything().withRoleChoice("Evidence: " + EvidenceKind.STUDY.label()).evidenceKind())
                .isEqualTo(EvidenceKind.STUDY);
        BoardFilter back = BoardFilter.everything().withRoleChoice("Claims").withRoleChoice(null);
        assertThat(back.role()).isNull();
        assertThat(back.evidenceKind()).isNull();
    }

    @Test
    void showsOnlyTheUnansweredWhenAsked() {
        assertThat(BoardFilter.everything().withUnansweredOnly(true).apply(rows)).containsExactly(openEvidence);
    }
}
