package org.casebook.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagsTest {
    @Test
    void keepsAShortSentenceWhole() {
        assertThat(Tags.shortForm("  Aid cuts will backfire. ")).isEqualTo("Aid cuts will backfire.");
    }

    @Test
    void cutsALongSentenceToADozenWords() {
        String tag = Tags.shortForm("\"Gutting these programs, which fund violence prevention and jobs for young "
                + "people in Honduras, is not the answer,\" she said.");

        assertThat(tag).isEqualTo("Gutting these programs, which fund violence prevention and jobs for young people …");
    }

    @Test
    void takesOnlyTheFirstSentence() {
        assertThat(Tags.shortForm("Aid works. It cut homicides by half in ten years.")).isEqualTo("Aid works.");
    }

    @Test
    void anAbbreviationDoesNotEndTheSentence() {
        assertThat(Tags.shortForm("In fact, judging from Mr. Trump's feed, he wants chaos. Aid helps."))
                .isEqualTo("In fact, judging from Mr. Trump's feed, he wants chaos.");
    }
}
