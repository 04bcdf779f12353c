package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.Stance;
import org.casebook.ingest.model.StanceLabel;
import org.junit.jupiter.api.Test;

class StanceConfidenceTest {
    private static final String MOTION = "The United States should cut its foreign aid to Honduras.";
    private static final String MISTAKE =
            "Cutting foreign aid to Honduras would be a terrible mistake that hurts poor families.";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void aPhraseQuotedInsideAPositionToldLeavesItToldInTheAuthorsWords() {
        assertThat(StanceClassifier.quotedShare("Councillor Raman said the boards had become \"an obstacle course\" "
                + "for blind and partially sighted residents.")).isLessThan(0.4);
        assertThat(StanceClassifier.quotedShare("\"A pavement is for walking, not for advertising,\" she said."))
                .isGreaterThan(0.4);
        assertThat(StanceClassifier.quotedShare("\"A pavement is for walking")).isGreaterThan(0.9);
        // a unit that opens inside a quotation, and one that opens a quotation running past its end
        assertThat(StanceClassifier.quotedShare("It has to go, because nobody can walk past,\" she said."))
                .isGreaterThan(0.4);
        assertThat(StanceClassifier.quotedShare("Mr Okafor said, \"We have had eight years of polite letters."))
                .isGreaterThan(0.4);
    }

    @Test
    void aClaimIsSurerInAnArticleThatArguesOneWayThanInOneThatArguesBoth() {
        StanceLabel oneSided = first(pipeline.analyse(Texts.article(MISTAKE,
                "Ending the aid programs in Honduras would be cruel and would destroy years of progress.",
                "Cutting foreign aid to Honduras would be a grave error that leaves children hungry."),
                List.of(MOTION)));
        StanceLabel twoSided = first(pipeline.analyse(Texts.article(MISTAKE,
                "Cutting aid to Honduras is a wise and overdue decision.",
                "The aid programs have failed for decades and wasted billions, so they should end."), List.of(MOTION)));

        assertThat(oneSided.stance()).isEqualTo(Stance.CON);
        assertThat(twoSided.stance()).isEqualTo(Stance.CON);
        assertThat(oneSided.confidence()).isGreaterThan(0.85);
        assertThat(twoSided.confidence()).isLessThan(oneSided.confidence() - 0.2);
    }

    private static StanceLabel first(Analysis analysis) {
        assertThat(analysis.units()).hasSize(3);
        return analysis.stances().getFirst().getFirst();
    }
}
