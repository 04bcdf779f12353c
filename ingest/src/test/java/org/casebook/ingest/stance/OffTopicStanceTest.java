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

class OffTopicStanceTest {
    private static final String MOTION = "The United States should cut its foreign aid to Honduras.";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void anArticleThatNeverTouchesTheMotionTakesNoSideOnIt() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Schools should ban phones in class because they destroy concentration.",
                "Critics argue that a blanket ban is the wrong answer and teaches students nothing."), List.of(MOTION));

        assertThat(analysis.units()).isNotEmpty();
        assertThat(analysis.stances().getFirst()).extracting(StanceLabel::stance).containsOnly(Stance.NEUTRAL);
    }

    @Test
    void anArticleThatNamesTheMotionsTargetTakesSides() {
        Analysis analysis = pipeline.analyse(Texts.article(
                "Cutting foreign aid to Honduras would be a terrible mistake that hurts poor families.",
                "The aid programs have failed for decades and should end."), List.of(MOTION));

        assertThat(analysis.stances().getFirst()).extracting(StanceLabel::stance).isNotEmpty()
                .anyMatch(s -> s != Stance.NEUTRAL);
    }
}
