package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReaderSettingsTest {
    @Test
    void defaultsToFiftyMegabytesTenAndThirtySecondsAndFiveRedirects() {
        assertThat(ReaderSettings.defaults()).isEqualTo(
                new ReaderSettings(50L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30), 5));
    }

    @Test
    void rejectsANonPositiveSizeLimit() {
        assertThatThrownBy(() -> ReaderSettings.defaults().withMaxBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes 0");
    }

    @Test
    void rejectsAZeroTimeout() {
        assertThatThrownBy(() -> ReaderSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void rejectsANegativeRedirectLimit() {
        assertThatThrownBy(() -> ReaderSettings.defaults().withMaxRedirects(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRedirects -1");
    }
}
