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
}
