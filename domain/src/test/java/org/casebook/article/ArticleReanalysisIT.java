package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Analysing an article again keeps every correction a person made: stances, new units, deleted units. */
@SpringBootTest
@UsesTestDatabase
class ArticleReanalysisIT {
    private static final String TEXT = """
            Cutting aid to Central America will increase migration. The programs fund violence prevention.

            The committee met on a Tuesday in March. Sen. Kamala D. Harris (D-Calif.) said: "Gutting these programs \
            is not the answer." Others disagree: the aid has failed for decades and should end.
            """;
    private static final String MARKED = "The committee met on a Tuesday in March.";

    @Autowired ArticleReanalysis reanalysis;
    @Autowired UnitCorrections corrections;
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;
    @Autowired JdbcTemplate jdbc;

    private long articleId;
    private long motionId;
    private String body;

    @BeforeEach
    void library() {
        jdbc.execute("truncate table sources, motions, briefs cascade");
        motionId = motions.create("The United States should cut its foreign aid to Central America.").id();
        articleId = ingestion.importArticle(TEXT.getBytes(StandardCharsets.UTF_8), "reanalysis.txt").articleId();
        body = articles.details(articleId).orElseThrow().body();
    }

    @Test
    void aCorrectedStanceAHumanMadeUnitAndADeletedUnitSurviveReanalysis() {
        List<UnitDetails> before = units();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before).noneMatch(u -> overlaps(u, body.indexOf(MARKED), body.indexOf(MARKED) + MARKED.length()));
        UnitDetails corrected = before.getFirst();
        Side wrong = stance(corrected) == Side.PRO ? Side.CON : Side.PRO;
        UnitDetails deleted = before.getLast();
        int start = body.indexOf(MARKED);

        corrections.correctStance(corrected.id(), motionId, wrong);
        corrections.delete(deleted.id());
        long made = corrections.addUnit(articleId, start - 1, start + MARKED.length() + 1, UnitRole.EVIDENCE,
                motionId, Side.CON);
        ReanalysisResult result = reanalysis.reanalyse(articleId);

        List<UnitDetails> after = units();
        UnitDetails stillCorrected = at(after, corrected.start(), corrected.end());
        assertThat(stance(stillCorrected)).isEqualTo(wrong);
        assertThat(stillCorrected.stances()).filteredOn(s -> s.motionId() == motionId)
                .allMatch(UnitDetails.StanceDetails::correctedByPerson);
        UnitDetails human = at(after, start, start + MARKED.length());
        assertThat(human.id()).isEqualTo(made);
        assertThat(human.text()).isEqualTo(MARKED);
        assertThat(human.humanMade()).isTrue();
        assertThat(human.role()).isEqualTo(UnitRole.EVIDENCE);
        assertThat(stance(human)).isEqualTo(Side.CON);
        assertThat(after).noneMatch(u -> overlaps(u, deleted.start(), deleted.end()));
        assertThat(result.stillDeleted()).isEqualTo(1);
        assertThat(result.kept()).isEqualTo(2);
    }

    @Test
    void unitsNobodyTouchedAreFoundAgainInPlaceWithTheirIdentity() {
        List<UnitDetails> before = units();

        var result = reanalysis.reanalyse(articleId);

        assertThat(units()).extracting(UnitDetails::id, UnitDetails::start, UnitDetails::end)
                .containsExactlyElementsOf(before.stream()
                        .map(u -> org.assertj.core.groups.Tuple.tuple(u.id(), u.start(), u.end())).toList());
        assertThat(result.added()).isZero();
        assertThat(result.removed()).isZero();
    }

    @Test
    void aNewUnitOverlappingAnotherOrOutsideTheTextIsRefusedWithAReason() {
        List<UnitDetails> before = units();
        UnitDetails unit = before.getFirst();

        assertThatThrownBy(() -> corrections.addUnit(articleId, unit.start() + 2, unit.end() + 5, UnitRole.CLAIM,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> corrections.addUnit(articleId, body.length() - 1, body.length() + 40,
                UnitRole.CLAIM, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Select some words");
        assertThat(units()).hasSameSizeAs(before);
    }

    @Test
    void adjustedBoundariesAreKeptAndTheTextFollows() {
        UnitDetails unit = units().getFirst();
        int end = body.indexOf(' ', unit.start() + 10);

        corrections.adjustSpan(unit.id(), unit.start(), end);
        reanalysis.reanalyse(articleId);

        UnitDetails after = at(units(), unit.start(), end);
        assertThat(after.id()).isEqualTo(unit.id());
        assertThat(after.text()).isEqualTo(body.substring(unit.start(), end));
        assertThat(after.humanEdited()).isTrue();
    }

    @Test
    void eachRunIsRecordedAndOneAStoppedApplicationLeftUnfinishedRunsAgainWhenItStarts() throws InterruptedException {
        reanalysis.reanalyse(articleId);
        assertThat(jdbc.queryForList("select status from reanalysis_jobs where article_id = ?", String.class,
                articleId)).containsExactly("DONE");
        // As a killed application leaves a run: RUNNING, the article not re-analysed yet.
        jdbc.update("update articles set analysed_at = timestamp with time zone '2000-01-01 00:00:00+00' where id = ?",
                articleId);
        long left = jdbc.queryForObject("""
                insert into reanalysis_jobs (id, article_id, created_at, status, version)
                values (nextval('reanalysis_jobs_seq'), ?, now(), 'RUNNING', 0) returning id
                """, Long.class, articleId);
        List<UnitDetails> before = units();

        reanalysis.resume(); // what the next start does
        var deadline = java.time.Instant.now().plusSeconds(120);
        while (!"DONE".equals(jdbc.queryForObject("select status from reanalysis_jobs where id = ?", String.class,
                left))) {
            assertThat(java.time.Instant.now()).as("the resumed run finished in time").isBefore(deadline);
            Thread.sleep(50);
        }

        assertThat(jdbc.queryForObject("select message from reanalysis_jobs where id = ?", String.class, left))
                .startsWith("found ");
        assertThat(jdbc.queryForObject("select extract(year from analysed_at) from articles where id = ?",
                Integer.class, articleId)).isGreaterThan(2000);
        assertThat(units()).extracting(UnitDetails::id).containsExactlyElementsOf(
                before.stream().map(UnitDetails::id).toList());
    }

    @Test
    void anUnknownArticleIsRefusedAndRecordsNoRun() {
        assertThatThrownBy(() -> reanalysis.reanalyse(articleId + 1_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no article");
        assertThat(jdbc.queryForObject("select count(*) from reanalysis_jobs", Integer.class)).isZero();
    }

    private List<UnitDetails> units() {
        return articles.details(articleId).orElseThrow().units();
    }

    private static UnitDetails at(List<UnitDetails> units, int start, int end) {
        return units.stream().filter(u -> u.start() == start && u.end() == end).findFirst()
                .orElseThrow(() -> new AssertionError("no unit at [" + start + ", " + end + ") in " + units));
    }

    private static boolean overlaps(UnitDetails unit, int start, int end) {
        return unit.start() < end && start < unit.end();
    }

    private Side stance(UnitDetails unit) {
        return unit.stances().stream().filter(s -> s.motionId() == motionId).findFirst().orElseThrow().side();
    }
}
