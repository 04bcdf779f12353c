package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordMovesTest {
    private static final String BODY = "Aid works.  Cuts backfire badly.";
    private static final int CUTS = BODY.indexOf("Cuts");
    private static final int END = BODY.indexOf("backfire") + "backfire".length();

    @Test
    void movesTheStartOneWordEachWay() {
        assertThat(BODY.substring(WordMoves.startEarlier(BODY, CUTS), END)).isEqualTo("works.  Cuts backfire");
        assertThat(BODY.substring(WordMoves.startLater(BODY, CUTS, END), END)).isEqualTo("backfire");
    }

    @Test
    void movesTheEndOneWordEachWay() {
        assertThat(BODY.substring(CUTS, WordMoves.endEarlier(BODY, CUTS, END))).isEqualTo("Cuts");
        assertThat(BODY.substring(CUTS, WordMoves.endLater(BODY, END))).isEqualTo("Cuts backfire badly.");
    }

    @Test
    void neverLeavesASpanWithoutWordsNorLeavesTheText() {
        int word = BODY.indexOf("backfire");
        assertThat(WordMoves.startLater(BODY, word, END)).isEqualTo(word);
        assertThat(WordMoves.endEarlier(BODY, word, END)).isEqualTo(END);
        assertThat(WordMoves.startEarlier(BODY, 0)).isZero();
        assertThat(WordMoves.endLater(BODY, BODY.length())).isEqualTo(BODY.length());
    }
}
