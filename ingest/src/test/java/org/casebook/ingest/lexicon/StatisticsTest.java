package org.casebook.ingest.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatisticsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Obesity rose by 12 per cent in a decade.", "One in five children is obese.",
            "Families spend more than £300 a year on uniform.", "Attendance rose by two percentage points.",
            "Spain has more than 40 donors per million people.",
            // hedged proportions and multiples in words
            "Traffic across the cordon dropped by roughly a fifth.", "Asthma attacks fell by nearly half.",
            "More than half of eleven-year-olds felt anxious.", "Residents rejected the charge by three to one.",
            "The telescope cost ten times its original estimate.",
            "Government figures put its share of emissions at around a fifth.",
            // a hyphenated proportion, a measured quantity
            "More than two-thirds of councils already charge for this service.",
            "A single can contains around 160mg of caffeine.", "Each household uses 140 litres of water a day.",
            "A single flight emits around 1.5 tonnes of carbon.", "The route runs for 30 km along the coast."})
    void figuresInDigitsAndWordsMeasure(String text) {
        assertThat(Statistics.in(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The law was passed in 2013.", "A third runway would be built.",
            "Half the battle is turning up.", "We met one to one after the debate.",
            "Rents rose for a fifth consecutive year.", "The row over a third runway goes on.",
            "The meeting starts at a quarter past six.", "It needs a two-thirds majority to pass.",
            "The council wants a 20mph limit on all residential streets."})
    void yearsOrdinalsAndLooseWordsDoNotMeasure(String text) {
        assertThat(Statistics.in(text)).isFalse();
    }
}
