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
    void aShortVerbThatDoublesItsLastConsonantKeepsItsStem() {
        assertThat(Words.sameStem("ban", "banned")).isTrue();
        assertThat(Words.sameStem("banning", "ban")).isTrue();
        assertThat(Words.sameStem("cut", "cutting")).isTrue();
        assertThat(Words.sameStem("ban", "bank")).isFalse();
        assertThat(Words.sameStem("tax", "taxi")).isFalse();
    }

    @Test
    void aNounSpeltOtherwiseThanItsVerbSharesItsStem() {
        assertThat(Words.sameStem("resale", "reselling")).isTrue();
        assertThat(Words.sameStem("selling", "sales")).isTrue();
        assertThat(Words.sameStem("resale", "selling")).isFalse();
        assertThat(Words.sameStem("sale", "sellers")).isFalse(); // the seller is not the sale
    }

    @Test
    void aFinalEAndAPluralSDoNotMakeOneWord() {
        assertThat(Words.sameStem("care", "cars")).isFalse();
        assertThat(Words.sameStem("hate", "hats")).isFalse();
    }

    @Test
    void theWordsOfNamesAreMasked() {
        assertThat(Words.maskNames("A survey by the Schools Research Trust found that phones disrupted lessons.",
                w -> false)).isEqualTo("A survey by the Someone Someone Someone found that phones disrupted lessons.");
        // joined by "and", two names make one run; its small joining words stay
        assertThat(Words.maskNames("Save the Children and Human Rights Watch disagree.", w -> false))
                .isEqualTo("Someone the Someone and Someone Someone Someone disagree.");
        // a sentence's capitalised first word with one more is no name; one capitalised word alone is none
        assertThat(Words.maskNames("Good Samaritan laws protect those who help.", w -> false))
                .isEqualTo("Good Someone laws protect those who help.");
        assertThat(Words.maskNames("Trust in government is low.", w -> false)).isEqualTo("Trust in government is low.");
        // the motion's own words stay
        assertThat(Words.maskNames("They say the Catholic Church is wrong.", w -> w.equals("church")))
                .isEqualTo("They say the Someone Church is wrong.");
    }
}
