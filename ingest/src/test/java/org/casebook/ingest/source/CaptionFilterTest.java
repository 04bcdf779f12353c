package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionFilterTest {
    private final CaptionFilter captions = new CaptionFilter();

    @Test
    void recognisesAnAgencyCreditInParentheses() {
        assertThat(captions.isCaption("Commuters wait in the rain. (Jane Roe/AFP/Getty Images)")).isTrue();
        assertThat(captions.isCaption("The square on market day. (John Smith/AP)")).isTrue();
    }

    @Test
    void recognisesALabelledCredit() {
        assertThat(captions.isCaption("Photo: John Smith/Reuters")).isTrue();
    }

    @Test
    void keepsProseThatEndsInParentheses() {
        assertThat(captions.isCaption("The council voted to study the charge (and the buses).")).isFalse();
        assertThat(captions.isCaption("Trade fell by a fifth (see the 2019/2020 report).")).isFalse();
    }
}
