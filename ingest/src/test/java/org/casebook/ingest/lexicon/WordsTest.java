package org.casebook.ingest.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void formsThatDropAFinalEShareTheStem() {
        assertThat(Words.sameStem("voting", "vote")).isTrue();
        assertThat(Words.sameStem("voting", "voters")).isTrue();
        assertThat(Words.sameStem("vote", "voted")).isTrue();
        assertThat(Words.sameStem("using", "use")).isFalse(); // too short a stem to tell
    }

    @Test
    void aFinalEAndAPluralSDoNotMakeOneWord() {
        assertThat(Words.sameStem("care", "cars")).isFalse();
        assertThat(Words.sameStem("hate", "hats")).isFalse();
    }

    @Test
    void theWordsOfNamesAreThoseOfRunsOfCapitalisedWords() {
        assertThat(Words.nameWords("A survey by the Schools Research Trust found that phones disrupted lessons."))
                .containsExactlyInAnyOrder("schools", "research", "trust");
        assertThat(Words.nameWords("Save the Children and Human Rights Watch disagree."))
                .containsExactlyInAnyOrder("save", "the", "children", "and", "human", "rights", "watch");
        // a sentence's capitalised first word with one more is no name; one capitalised word alone is none
        assertThat(Words.nameWords("Good Samaritan laws protect those who help.")).containsExactly("samaritan");
        assertThat(Words.nameWords("Trust in government is low.")).isEmpty();
    }
}
