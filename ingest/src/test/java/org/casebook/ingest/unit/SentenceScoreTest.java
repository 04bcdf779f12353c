package org.casebook.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceScoreTest {

    @Test
    void aSpeakersQuotedWordsThatNameADayAreStillTestimony() {
        var quoted = SentenceScore.of("\u201cPeople came back on Monday rested,\u201d said Joe Ryle.", true, false,
                Set.of("ryle"));
        var narrated = SentenceScore.of("The minister arrived in Leeds on Monday and met the council.", false,
                false, Set.of());

        assertThat(quoted.best()).isGreaterThan(0.5);
        assertThat(narrated.best()).isLessThan(0.5);
    }
}
