package org.casebook.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BriefTextsTest {
    @Test
    void anAssignmentBriefIsTitledByRoundSideAndMotion() {
        assertThat(BriefTexts.assignmentTitle(1, BriefSide.PRO, "The United States should cut its aid."))
                .isEqualTo("Pro · The United States should cut its aid.");
        assertThat(BriefTexts.assignmentTitle(2, BriefSide.BOTH, "Aid works."))
                .isEqualTo("Round 2: Both sides · Aid works.");
    }

    @Test
    void aTitleNeverPassesItsLimit() {
        String motion = "word ".repeat(400).strip() + ".";

        assertThat(BriefTexts.assignmentTitle(3, BriefSide.CON, motion)).hasSizeLessThanOrEqualTo(
                BriefService.TITLE_MAX_LENGTH);
    }

    @Test
    void checksTitlesTagsAndNotes() {
        assertThat(BriefTexts.checkedTitle("  Aid  ")).isEqualTo("Aid");
        assertThat(BriefTexts.checkedTag("   ")).isNull();
        assertThatThrownBy(() -> BriefTexts.checkedNote(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BriefTexts.checkedTitle("x".repeat(BriefService.TITLE_MAX_LENGTH + 1)))
                .hasMessageContaining(String.valueOf(BriefService.TITLE_MAX_LENGTH));
    }
}
