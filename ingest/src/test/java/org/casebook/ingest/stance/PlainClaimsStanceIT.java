package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain claims a debate coach would try first on the sample motion, read with the real model. */
class PlainClaimsStanceIT {
    private static final String MOTION = "The United States should cut its foreign aid to Honduras.";
    private static IngestPipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = IngestPipeline.load(PipelineSettings.defaults());
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void claimsForCuttingAidArePro() {
        assertThat(stances("Aid to Honduras should be cut.", "The United States should cut aid to Honduras.",
                "We must cut this aid.", "Cutting aid to Honduras is the right call.",
                "Ending the aid would save taxpayers money.", "Cutting aid would save money.",
                "The aid money is stolen by corrupt officials.",
                "It is time to stop sending money to Central America.",
                "Cutting the aid would push the governments to reform.")).containsOnly(Stance.PRO);
    }

    @Test
    void claimsForKeepingAidAreCon() {
        assertThat(stances("Cutting aid to Honduras would be a mistake.", "US aid should not be reduced.",
                "The aid budget should be doubled.", "Aid to the region has been slashed, and violence has soared.",
                "American aid keeps children in school.", "We should keep funding these programs.",
                "Ending aid would push more families to migrate north.",
                "Cutting aid would force families to flee their homes."))
                .containsOnly(Stance.CON);
    }

    @Test
    void claimsOnAPhoneBanReadTheirSideFromCompoundsPronounsAndIdioms() {
        String ban = "Schools should ban smartphones.";
        assertThat(stancesOn(ban, "Banning phones is not a cure-all, but it is a sensible first step.",
                "Schools without phones are calmer and more focused places.",
                "Phones are the biggest distraction in class.")).containsOnly(Stance.PRO);
        assertThat(stancesOn(ban, "A blanket ban goes too far.", "Phones should not be banned in schools.",
                "A phone ban is a bad idea.", "A ban treats every student as a problem.")).containsOnly(Stance.CON);
    }

    private static List<Stance> stances(String... claims) {
        return stancesOn(MOTION, claims);
    }

    private static List<Stance> stancesOn(String motion, String... claims) {
        return pipeline.stanceOf(List.of(claims), motion).stream().map(StanceLabel::stance).toList();
    }
}
