package org.casebook.brief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefSide;
import org.casebook.brief.export.BriefBlocks.Block;
import org.casebook.brief.export.BriefBlocks.Row;
import org.junit.jupiter.api.Test;

class BriefBlocksTest {

    @Test
    void eachArgumentStandsBesideTheBlocksThatAnswerIt() {
        List<Row> rows = BriefBlocks.rows(ExportBriefs.sample());

        assertThat(rows).extracting(BriefBlocksTest::headings).containsExactly(
                List.of(List.of("(none)"), List.of()),
                List.of(List.of("Why cut the aid"), List.of("Answers to: Officials said the audit was damning …")),
                List.of(List.of("Answers to: “In the towns where the programs ran, homicides fell …"),
                        List.of("Why keep the aid")));
    }

    @Test
    void anAnswerToAnArgumentTheBriefDoesNotHoldStandsAlone() {
        BriefDocument sample = ExportBriefs.sample();
        BriefDocument withoutTheArgument = new BriefDocument(sample.id(), sample.title(), sample.motionId(),
                sample.motionText(), sample.side(), sample.version(), sample.createdAt(), sample.updatedAt(),
                sample.entries().stream().filter(e -> e.id() != 8).toList());

        assertThat(BriefBlocks.rows(withoutTheArgument)).extracting(BriefBlocksTest::headings).containsExactly(
                List.of(List.of("(none)"), List.of()),
                List.of(List.of("Why cut the aid"), List.of("Answers to: Officials said the audit was damning …")),
                List.of(List.of("Answers to: “In the towns where the programs ran, homicides fell …"), List.of()),
                List.of(List.of(), List.of("Why keep the aid")));
    }

    @Test
    void blocksThatAnswerNothingStandSideBySideInOrder() {
        List<Row> rows = BriefBlocks.rows(ExportBriefs.generated(40, BriefSide.BOTH));

        assertThat(rows).extracting(BriefBlocksTest::headings).containsExactly(
                List.of(List.of("Block 1 — pro side"), List.of("Block 1 — con side")),
                List.of(List.of("Block 2 — pro side"), List.of("Block 2 — con side")));
    }

    @Test
    void aOneSidedBriefHasARowPerBlock() {
        assertThat(BriefBlocks.rows(ExportBriefs.generated(25, BriefSide.PRO))).hasSize(3)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(1));
    }

    private static List<List<String>> headings(Row row) {
        return row.cells().stream().map(cell -> cell.stream()
                .map((Block b) -> b.heading() == null ? "(none)" : b.heading().tag()).toList()).toList();
    }
}
