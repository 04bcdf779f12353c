package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineJoinerTest {
    private final LineJoiner joiner = new LineJoiner();

    @Test
    void joinsLinesWithOneSpace() {
        assertThat(joiner.join("the old  ", "  town")).isEqualTo("the old town");
    }

    @Test
    void removesATypesettersHyphen() {
        assertThat(joiner.join("the immi-", "gration debate")).isEqualTo("the immigration debate");
    }

    @Test
    void keepsTheHyphenBeforeACapital() {
        assertThat(joiner.join("an anti-", "American mood")).isEqualTo("an anti-American mood");
    }

    @Test
    void keepsTheHyphenAfterACompoundPrefix() {
        assertThat(joiner.join("a well-", "known fact")).isEqualTo("a well-known fact");
    }

    @Test
    void treatsASpacedDashAsPunctuation() {
        assertThat(joiner.join("the charge -", "if it comes")).isEqualTo("the charge - if it comes");
    }
}
