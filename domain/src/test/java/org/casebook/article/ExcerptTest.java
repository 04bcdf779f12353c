package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    private static final String BODY = "First point here. Aid works. Homicides fell by half.\n\nA new paragraph.";

    @Test
    void aShortUnitGetsTheSentenceBeforeAndAfterIt() {
        int start = BODY.indexOf("Aid works.");
        int end = start + "Aid works.".length();

        assertThat(BODY.substring(Excerpt.contextStart(BODY, start, end), Excerpt.contextEnd(BODY, start, end)))
                .isEqualTo("First point here. Aid works. Homicides fell by half.");
    }

    @Test
    void contextStopsAtTheParagraph() {
        int start = BODY.indexOf("A new paragraph.");
        int end = BODY.length();

        assertThat(Excerpt.contextStart(BODY, start, end)).isEqualTo(start);
        assertThat(Excerpt.contextEnd(BODY, start, end)).isEqualTo(end);
    }

    @Test
    void aLongUnitStandsAlone() {
        String body = "Before. " + "word ".repeat(50) + "end. After.";
        int start = 8;
        int end = body.indexOf(" After.");

        assertThat(Excerpt.contextStart(body, start, end)).isEqualTo(start);
        assertThat(Excerpt.contextEnd(body, start, end)).isEqualTo(end);
    }
}
