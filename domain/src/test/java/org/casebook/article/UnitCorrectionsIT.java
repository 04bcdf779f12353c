package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsesTestDatabase
class UnitCorrectionsIT {
    private static final String TEXT = """
            Cutting aid to Central America will increase migration. The programs fund violence prevention.

            Sen. Kamala D. Harris (D-Calif.) said: "Gutting these programs is not the answer." Others disagree.
            """;

    @Autowired UnitCorrections corrections;
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;
    @Autowired BriefService briefs;
    @Autowired JdbcTemplate jdbc;

    private long articleId;
    private long motionId;

    @BeforeEach
    void library() {
        jdbc.execute("truncate table sources, motions, briefs cascade");
        motionId = motions.create("The United States should cut its foreign aid to Central America.").id();
        articleId = ingestion.importArticle(TEXT.getBytes(StandardCharsets.UTF_8), "corrections.txt").articleId();
    }

    @Test
    void aCorrectedStanceSurvivesTheStancesBeingComputedAgain() {
        UnitDetails unit = units().getFirst();
        Side wrong = stance(unit) == Side.PRO ? Side.CON : Side.PRO;

        corrections.correctStance(unit.id(), motionId, wrong);
        motions.edit(motionId, "The United States should cut all of its foreign aid to Central America.");

        UnitDetails after = units().getFirst();
        assertThat(stance(after)).isEqualTo(wrong);
        assertThat(after.stances().getFirst().correctedByPerson()).isTrue();
    }

    @Test
    void roleAndSpeakerCorrectionsAreKeptAndMarkedAsHumanMade() {
        UnitDetails unit = units().getFirst();
        UnitRole other = unit.role() == UnitRole.CLAIM ? UnitRole.EVIDENCE : UnitRole.CLAIM;

        corrections.changeRole(unit.id(), other);
        corrections.changeSpeaker(unit.id(), " Ana Ruiz ", "economist");

        UnitDetails after = units().getFirst();
        assertThat(after.role()).isEqualTo(other);
        assertThat(after.speakerName()).isEqualTo("Ana Ruiz");
        assertThat(after.speakerDescription()).isEqualTo("economist");
        assertThat(after.humanEdited()).isTrue();
    }

    @Test
    void deletingAUnitKeepsTheCardsCutFromIt() {
        UnitDetails unit = units().getFirst();
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);
        brief = briefs.addCard(brief.id(), brief.version(), unit.id(), BriefColumn.PRO);

        corrections.delete(unit.id());

        assertThat(units()).extracting(UnitDetails::id).doesNotContain(unit.id());
        var card = briefs.document(brief.id()).orElseThrow().entries().getFirst();
        assertThat(card.text()).contains(unit.text());
        assertThat(card.sourceUnitId()).isNull();
    }

    private java.util.List<UnitDetails> units() {
        return articles.details(articleId).orElseThrow().units();
    }

    private Side stance(UnitDetails unit) {
        return unit.stances().stream().filter(s -> s.motionId() == motionId).findFirst().orElseThrow().side();
    }
}
