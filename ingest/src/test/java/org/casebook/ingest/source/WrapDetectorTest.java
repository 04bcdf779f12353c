package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapDetectorTest {
    private final WrapDetector detector = new WrapDetector();

    @Test
    void findsTheWidthOfHardWrappedText() {
        var chunks = List.of(Prose.wrap(Prose.paragraph(0, 4), 70), Prose.wrap(Prose.paragraph(1, 4), 70));

        assertThat(detector.wrapWidth(chunks)).isBetween(60, 70);
    }

    @Test
    void seesNoWrappingWhenLinesAreWholeParagraphs() {
        var chunks = List.of(List.of(Prose.paragraph(0, 2), Prose.paragraph(1, 2)), List.of(Prose.paragraph(2, 2)));

        assertThat(detector.wrapWidth(chunks)).isZero();
    }

    @Test
    void seesNoWrappingInAListOfShortLines() {
        var chunks = List.of(List.of("Buses", "Bicycles", "Trams", "Walking"));

        assertThat(detector.wrapWidth(chunks)).isZero();
    }
}
