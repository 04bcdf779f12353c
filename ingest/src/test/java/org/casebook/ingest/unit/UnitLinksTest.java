package org.casebook.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class UnitLinksTest {
    private static final String POINT =
            "Cutting aid to Honduras would be a serious mistake for the poor families there.";
    private static final String REASON = "Cutting aid to Honduras would hurt the poor families there badly.";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void aClaimThatGoesOnFromTheClaimBeforeItInItsParagraphIsAReasonForIt() {
        ArticleText article = Texts.article(POINT + " " + REASON);
        Analysis analysis = pipeline.analyse(article, List.of("The US should cut aid to Honduras."));
        assertThat(unit(analysis, article, REASON).role()).isEqualTo(Role.CLAIM);
        assertThat(unit(analysis, article, REASON).supports()).isEqualTo(unit(analysis, article, POINT).index());
        assertThat(unit(analysis, article, POINT).supports()).isNull();
    }

    @Test
    void aTurnANewParagraphOrAnotherVoiceIsNoReason() {
        String turn = "But cutting aid to Honduras would hurt the poor families there badly.";
        String quoted =
                "\u201cCutting aid to Honduras would hurt the poor families there badly,\u201d Senator Ruiz said.";
        ArticleText article = Texts.article(POINT + " " + turn, REASON, POINT + " " + quoted);
        Analysis analysis = pipeline.analyse(article, List.of("The US should cut aid to Honduras."));
        assertThat(unit(analysis, article, turn).supports()).isNull();
        assertThat(unit(analysis, article, REASON).supports()).isNull();
        assertThat(unit(analysis, article, quoted).supports()).isNull();
    }

    private static DetectedUnit unit(Analysis analysis, ArticleText article, String text) {
        @Nullable DetectedUnit found = analysis.units().stream()
                .filter(u -> u.span().cut(article.body()).equals(text)).findFirst().orElse(null);
        assertThat(found).as("a unit: " + text).isNotNull();
        return found;
    }
}
