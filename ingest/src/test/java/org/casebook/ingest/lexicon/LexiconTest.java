package org.casebook.ingest.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void comparativesAndSuperlativesOfRatedWordsKeepTheirValence() {
        Lexicon lexicon = Lexicon.INSTANCE;

        assertThat(lexicon.valence("healthier")).isEqualTo(lexicon.valence("healthy")).isPositive();
        assertThat(lexicon.valence("unhealthiest")).isEqualTo(lexicon.valence("unhealthy")).isNegative();
        assertThat(lexicon.valence("vilest")).isEqualTo(lexicon.valence("vile")).isNegative();
    }

    @Test
    void policyWordsForPollutionAndServicesReadAsArgumentReadsThem() {
        Lexicon lexicon = Lexicon.INSTANCE;

        assertThat(lexicon.valence("pollution")).isNegative();
        assertThat(lexicon.valence("noise")).isNegative();
        assertThat(lexicon.valence("litter")).isNegative();
        assertThat(lexicon.valence("share")).isZero();
        assertThat(lexicon.valence("care")).isZero();
        assertThat(lexicon.phrase("fine", "particulate")).isNegative();
        assertThat(lexicon.phrase("footing", "the")).isNegative();
        assertThat(lexicon.phrase("long", "overdue")).isPositive();
    }
}
