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

class QuotationUnitsTest {
    private static final List<String> MOTION = List.of("This house would ban single-use plastic bags");
    private final IngestPipeline pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder());

    @Test
    void whatIsReportedAndWhatIsQuotedAfterItAreTwoUnits() {
        String reported = "Campaigner Priya Desai, of Clean Rivers Millbrook, said the official figures understated "
                + "the problem.";
        String quoted = "\u201cWhat you see on the bank is only the tip of it. The bags break down into fragments, "
                + "and we are now finding those fragments in fish,\u201d she said.";
        ArticleText article = Texts.article(reported + " " + quoted);

        assertThat(units(article)).containsExactly(reported, quoted);
    }

    @Test
    void aQuotationOpenedInsideItsIntroductionStaysOneUnit() {
        String quotation = "A shopkeeper who sells bags said: \u201cI have nothing to lose from a ban on plastic bags. "
                + "Paper bags cost me more, but my customers would pay for them.\u201d";
        ArticleText article = Texts.article(quotation);

        assertThat(units(article)).containsExactly(quotation);
    }

    private List<String> units(ArticleText article) {
        Analysis analysis = pipeline.analyse(article, MOTION);
        return analysis.units().stream().map(u -> u.span().cut(article.body())).toList();
    }
}
