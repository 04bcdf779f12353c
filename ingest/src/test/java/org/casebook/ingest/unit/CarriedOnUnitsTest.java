package org.casebook.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.Texts;
import org.casebook.ingest.model.Analysis;
import org.casebook.ingest.model.ArticleText;
import org.junit.jupiter.api.Test;

class CarriedOnUnitsTest {
    private static final List<String> MOTION =
            List.of("This council would sell the Meadow Lane allotments for housing development");
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void aPlainSentenceThatPointsBackToTheClaimBeforeItCarriesItsArgumentOn() {
        String claim = "Selling the allotments would be a terrible mistake for this town.";
        String carried = "They feed families, and they give retired people a reason to get out of the house.";
        ArticleText article = Texts.article(claim + " " + carried);

        assertThat(units(article)).containsExactly(claim, carried);
    }

    @Test
    void theSameSentenceAloneOrInAnotherParagraphIsNoUnit() {
        String claim = "Selling the allotments would be a terrible mistake for this town.";
        String carried = "They feed families, and they give retired people a reason to get out of the house.";

        assertThat(units(Texts.article(carried))).isEmpty();
        assertThat(units(Texts.article(claim, carried))).containsExactly(claim);
    }

    private List<String> units(ArticleText article) {
        Analysis analysis = pipeline.analyse(article, MOTION);
        return analysis.units().stream().map(u -> u.span().cut(article.body())).toList();
    }
}
