package org.casebook.brief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefSide;
import org.junit.jupiter.api.Test;

/**
 * The exported PDF read back with PDFBox: its text, bookmarks, pages and fonts. The first pages are saved as PNG
 * under {@code target/export/} for a person to look at.
 */
class BriefPdfRendererTest {
    private static final Path PAGES = Path.of("target", "export");
    private final BriefPdfRenderer renderer = new BriefPdfRenderer();

    @Test
    void theSampleBriefReadsInOrderWithTitleCitesAndHighlightedEvidence() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(ExportBriefs.sample()))) {
            String text = text(pdf);
            saveFirstPages(pdf, "sample", 3);

            assertThat(text).contains("Sample brief: foreign aid to Central America")
                    .contains("Motion: " + ExportBriefs.MOTION).contains("Side: Both sides")
                    .contains("23 November 2026").contains("Contents");
            assertThat(text).containsSubsequence("Why cut the aid", "Aid money props up corrupt elites",
                    "José Peña", "former USAID auditor", "The Tegucigalpa Review", "March 3, 2025",
                    "“Most of the money never left the capital,” Peña said —");
            assertThat(text).contains("Renée Dubois").contains("homicides fell by half – a drop")
                    .contains("<and>").contains("No cite yet");
            assertThat(text).contains("“").contains("—").contains("é");
            assertThat(pdf.getNumberOfPages()).isBetween(2, 4);
        }
    }

    @Test
    void bookmarksNameEachBlockAndItsCards() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(ExportBriefs.sample()))) {
            List<String> top = titles(pdf.getDocumentCatalog().getDocumentOutline());

            assertThat(top).contains("Pro: Why cut the aid", "Con: Why keep the aid",
                    "Pro: Answers to: “In the towns where the programs ran, homicides fell …",
                    "Con: Answers to: Officials said the audit was damning …");
            var first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(titles(first)).containsExactly("Aid money props up corrupt elites",
                    "Migration did not fall where aid rose");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(ExportBriefs.sample()))) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aGeneratedHundredCardBriefHasEveryCardAndASanePageCount() throws IOException {
        BriefDocument brief = ExportBriefs.generated(100, BriefSide.BOTH);
        try (PDDocument pdf = Loader.loadPDF(renderer.render(brief))) {
            String text = text(pdf);
            saveFirstPages(pdf, "generated-100", 4);

            for (int i = 1; i <= 100; i++) {
                assertThat(text).contains("Tag " + i + ": ").contains("Author " + i + ",");
            }
            assertThat(pdf.getNumberOfPages()).isBetween(10, 60);
            assertThat(titles(pdf.getDocumentCatalog().getDocumentOutline())).hasSize(10);
        }
    }

    @Test
    void everyPageOfCardsSaysWhichColumnIsWhichSide() throws IOException {
        BriefDocument brief = ExportBriefs.generated(100, BriefSide.BOTH);
        try (PDDocument pdf = Loader.loadPDF(renderer.render(brief))) {
            var stripper = new PDFTextStripper();
            int cardPages = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (!text.contains("Author ")) {
                    continue; // the title and contents pages hold tags but no cards
                }
                cardPages++;
                assertThat(text.lines().filter(line -> line.strip().equals("Pro Con")).count())
                        .as("column labels on page %d", page).isPositive();
            }
            assertThat(cardPages).isGreaterThan(5);
        }
    }

    @Test
    void aOneSidedBriefPrintsOneColumn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(ExportBriefs.generated(12, BriefSide.CON)))) {
            saveFirstPages(pdf, "one-sided", 2);

            assertThat(text(pdf)).containsSubsequence("Block 1 — con side", "Tag 1:", "Tag 2:",
                    "Block 2 — con side", "Tag 11:").doesNotContain("Pro ");
        }
    }

    @Test
    void anEmptyBriefStillExportsATitlePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(ExportBriefs.empty(BriefSide.BOTH)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("Empty brief").contains("No motion").contains("no cards yet");
        }
    }

    private static String text(PDDocument pdf) throws IOException {
        // Lines wrap wherever the layout put them: compare words, not lines.
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    private static void saveFirstPages(PDDocument pdf, String name, int pages) throws IOException {
        Files.createDirectories(PAGES);
        var renderer = new PDFRenderer(pdf);
        for (int i = 0; i < Math.min(pages, pdf.getNumberOfPages()); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 100), "png", PAGES.resolve(name + "-" + (i + 1) + ".png")
                    .toFile());
        }
    }
}
