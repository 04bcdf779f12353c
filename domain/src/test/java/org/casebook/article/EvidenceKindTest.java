package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceKindTest {

    @Test
    void cardsAreSortedByWhatTheyOffer() {
        assertThat(EvidenceKind.of("A 2019 study of Swiss cantons found turnout rose.", null))
                .isEqualTo(EvidenceKind.STUDY);
        assertThat(EvidenceKind.of("Sales of sugary drinks dropped by 7.6 percent in two years.", null))
                .isEqualTo(EvidenceKind.FIGURES);
        assertThat(EvidenceKind.of("Voters may hand in a blank paper, and many do.", "Lisa Hill"))
                .isEqualTo(EvidenceKind.TESTIMONY);
        assertThat(EvidenceKind.of("Take the case of Denmark, which scrapped its fat tax.", null))
                .isEqualTo(EvidenceKind.EXAMPLE);
        assertThat(EvidenceKind.of("Shoppers who give up cola turn to sweets instead.", null))
                .isEqualTo(EvidenceKind.OTHER);
    }

    @Test
    void aProportionInWordsIsAFigure() {
        assertThat(EvidenceKind.of("One in five children in England is obese by the time they leave primary school.",
                null)).isEqualTo(EvidenceKind.FIGURES);
        assertThat(EvidenceKind.of("Footfall in some streets fell by a fifth in the first year.", null))
                .isEqualTo(EvidenceKind.FIGURES);
        assertThat(EvidenceKind.of("Three in 10 voters stayed home.", null)).isEqualTo(EvidenceKind.FIGURES);
    }
}
