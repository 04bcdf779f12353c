package org.casebook.ingest.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.ArticleText;
import org.casebook.ingest.model.Stance;
import org.junit.jupiter.api.Test;

class ActAgainstMotionTest {
    private static final String JUDGED = "His decision is cruel, foolish and a disgrace.";
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());
    private final ArticleText article = Texts.article(
            "Cutting aid to Honduras would hurt poor families badly.",
            "Ending the aid programs in Honduras would destroy years of progress.",
            "Slashing foreign aid to Honduras is a terrible mistake.",
            JUDGED);

    @Test
    void criticisingSomeonesCutOpposesAMotionToCut() {
        assertThat(stanceOf(JUDGED, "The United States should cut its foreign aid to Honduras."))
                .isEqualTo(Stance.CON);
    }

    @Test
    void criticisingSomeonesCutSupportsAMotionToRaiseWhatWasCut() {
        assertThat(stanceOf(JUDGED, "The United States should increase its foreign aid to Honduras."))
                .isEqualTo(Stance.PRO);
        assertThat(stanceOf(JUDGED, "The United States should not cut its foreign aid to Honduras."))
                .isEqualTo(Stance.PRO);
    }

    @Test
    void theNewsOfTheCutInBackgroundSentencesTellsWhichWayTheActGoes() {
        assertJudgedAfterNewsOfTheCut(
                "President Mora slashed foreign aid to Honduras last week.",
                "He ended the aid programs in Honduras in March.",
                "Mora cut the aid budget for Honduras by half in 2019.");
    }

    @Test
    void newsOfTheCutToldInThePresentIsBackgroundToo() {
        assertJudgedAfterNewsOfTheCut(
                "President Mora plans to slash foreign aid to Honduras.",
                "Mora has threatened to end the aid programs in Honduras.",
                "Mora is cutting the aid budget for Honduras by half this spring.");
    }

    /** Only the judgement is a unit; the news before it still says that the act it judges is a cut. */
    private void assertJudgedAfterNewsOfTheCut(String... news) {
        List<String> paragraphs = new ArrayList<>(List.of(news));
        paragraphs.add(JUDGED);
        ArticleText article = Texts.article(paragraphs.toArray(String[]::new));
        String increase = "The United States should increase its foreign aid to Honduras.";
        var analysis = pipeline.analyse(article, List.of(increase));
        assertThat(analysis.units()).extracting(u -> u.span().cut(article.body())).containsExactly(JUDGED);
        assertThat(stanceOf(article, JUDGED, increase)).isEqualTo(Stance.PRO);
    }

    private Stance stanceOf(String unit, String motion) {
        return stanceOf(article, unit, motion);
    }

    private Stance stanceOf(ArticleText article, String unit, String motion) {
        var analysis = pipeline.analyse(article, List.of(motion));
        for (int i = 0; i < analysis.units().size(); i++) {
            if (analysis.units().get(i).span().cut(article.body()).equals(unit)) {
                return analysis.stances().getFirst().get(i).stance();
            }
        }
        throw new AssertionError("not a unit: " + unit);
    }
}
