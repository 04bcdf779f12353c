package org.casebook.brief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefSide;
import org.junit.jupiter.api.Test;

/** The exported DOCX read back with POI: Word's heading styles, the highlighted runs, cite lines. */
class BriefDocxRendererTest {
    private final BriefDocxRenderer renderer = new BriefDocxRenderer();

    @Test
    void blocksAreHeadingOneAndTagsHeadingFourWithTheStylesDefined() throws IOException {
        try (XWPFDocument docx = read(renderer.render(ExportBriefs.sample()))) {
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("Heading4").getName()).isEqualTo("heading 4");
            assertThat(styled(docx, "Heading1")).containsExactly("Pro", "Why cut the aid",
                    "Answers to: “In the towns where the programs ran, homicides fell …", "Con", "Why keep the aid",
                    "Answers to: Officials said the audit was damning …");
            assertThat(styled(docx, "Heading4")).containsExactly("Aid money props up corrupt elites",
                    "Migration did not fall where aid rose", "Homicide drops predate the programs",
                    "Aid programs cut homicides by half", "Audits now follow the money");
        }
    }

    @Test
    void theReadAloudPartIsBoldAndHighlightedYellowAndTheRestSmaller() throws IOException {
        try (XWPFDocument docx = read(renderer.render(ExportBriefs.sample()))) {
            List<XWPFRun> runs = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            List<XWPFRun> highlighted = runs.stream().filter(XWPFRun::isHighlighted).toList();

            assertThat(highlighted).extracting(XWPFRun::text).contains(
                    "“Most of the money never left the capital,” Peña said — the programs were run by the same "
                            + "families for twenty years.", "homicides fell by half – a drop no other town saw");
            assertThat(highlighted).allSatisfy(r -> {
                assertThat(r.isBold()).isTrue();
                assertThat(r.getCTR().getRPr().getHighlightArray(0).getVal().toString()).isEqualTo("yellow");
            });
            assertThat(runs).filteredOn(r -> r.text().equals("Officials said the audit was damning. "))
                    .singleElement().satisfies(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(8.0));
        }
    }

    @Test
    void eachCardHasItsCiteLineAfterItsTag() throws IOException {
        try (XWPFDocument docx = read(renderer.render(ExportBriefs.sample()))) {
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            int tag = texts.indexOf("Aid money props up corrupt elites");
            assertThat(texts.get(tag + 1)).isEqualTo("José Peña, former USAID auditor · The Tegucigalpa Review · "
                    + "March 3, 2025 · https://example.org/aid/audit?x=1&y=2");
            assertThat(texts).contains("No cite yet", "Sample brief: foreign aid to Central America",
                    "Motion: " + ExportBriefs.MOTION);
        }
    }

    @Test
    void aGeneratedHundredCardBriefHasAHeadingFourPerCard() throws IOException {
        BriefDocument brief = ExportBriefs.generated(100, BriefSide.BOTH);
        try (XWPFDocument docx = read(renderer.render(brief))) {
            assertThat(styled(docx, "Heading4")).hasSize(100);
            assertThat(styled(docx, "Heading1")).hasSize(12);
        }
    }

    @Test
    void anEmptyBriefStillExports() throws IOException {
        try (XWPFDocument docx = read(renderer.render(ExportBriefs.empty(BriefSide.PRO)))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Empty brief", "No motion", "This brief has no cards yet.");
        }
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> styled(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }
}
