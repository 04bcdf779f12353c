package org.casebook.ingest.keypoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPointLabelTest {

    @Test
    void aShortClaimIsItsOwnLabelWithoutClosingStop() {
        assertThat(KeyPointLabel.of("That\u2019s a prescription for more migration.")).isEqualTo(
                "That\u2019s a prescription for more migration");
    }

    @Test
    void theLabelIsThePointNotTheOpeningConnectiveSourceOrReporting() {
        assertThat(KeyPointLabel.of("For starters, U.S. foreign assistance to the region remains inadequate to "
                + "alleviate the pressures to migrate.")).isEqualTo(
                "U.S. foreign assistance to the region remains inadequate to alleviate the pressures to migrate");
        assertThat(KeyPointLabel.of("They warn that Trump\u2019s approach could actually make the crisis worse."))
                .isEqualTo("Trump\u2019s approach could actually make the crisis worse");
        assertThat(KeyPointLabel.of("According to Reuters, the administration has taken steps to slash aid."))
                .isEqualTo("The administration has taken steps to slash aid");
    }

    @Test
    void aConcessionIsLeftOutAndOnlyTheFirstSentenceOfAQuotationCounts() {
        assertThat(KeyPointLabel.of("Despite scattered examples of success, the strategy has largely failed to live "
                + "up to its hype.")).isEqualTo("The strategy has largely failed to live up to its hype");
        assertThat(KeyPointLabel.of("\u201cRefugees are fleeing violence and oppression in Central America. We can "
                + "help get to the root of these problems.\u201d"))
                .isEqualTo("Refugees are fleeing violence and oppression in Central America");
    }

    @Test
    void aLongPointStopsBeforeAClauseThatOnlyAddsDetail() {
        assertThat(KeyPointLabel.of("Deportees are in equally desperate need of reintegration assistance, without "
                + "which they will risk their lives and freedom to make a return journey.")).isEqualTo(
                "Deportees are in equally desperate need of reintegration assistance");
    }

    @Test
    void aLabelStillTooLongEndsInAnEllipsis() {
        String label = KeyPointLabel.of("\u201cOne two three four five six seven eight nine ten eleven twelve "
                + "thirteen fourteen fifteen sixteen.\u201d");
        assertThat(label).startsWith("One two").endsWith("\u2026").doesNotContain("fifteen", "\u201c");
    }
}
