package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.casebook.article.ImportResult.Status;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsesTestDatabase
class ArticleIngestionIT {
    private static final String TEXT = """
            Cutting aid to Central America will increase migration. The programs fund violence prevention.

            Sen. Kamala D. Harris (D-Calif.) said: "Gutting these programs is not the answer." Others disagree.
            """;

    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyLibrary() {
        LibraryCleaner.empty(jdbc);
    }

    @Test
    void importingTheSameBytesTwiceStoresThemOnce() {
        var first = ingestion.importArticle(bytes(TEXT), "first.txt");
        var second = ingestion.importArticle(bytes(TEXT), "second-name-same-bytes.txt");

        assertThat(first.status()).isEqualTo(Status.IMPORTED);
        assertThat(second.status()).isEqualTo(Status.DUPLICATE);
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(count("sources")).isEqualTo(1);
        assertThat(count("articles")).isEqualTo(1);
    }

    @Test
    void storesTheTextItsProvenanceAndUnitsThatPointIntoIt() {
        var result = ingestion.importArticle(bytes(TEXT), "seeds/round-trip.txt");

        var details = articles.details(result.articleId()).orElseThrow();
        assertThat(details.body()).startsWith("Cutting aid to Central America").contains("Others disagree.");
        assertThat(details.location()).isEqualTo("seeds/round-trip.txt");
        assertThat(details.title()).isNull();
        assertThat(details.heading()).startsWith("Cutting aid to Central America");
        assertThat(details.pipelineVersion()).isNotBlank();
        assertThat(details.modelId()).isNotBlank();
        assertThat(details.units()).allSatisfy(
                u -> assertThat(details.body().substring(u.start(), u.end())).isEqualTo(u.text()));
        assertThat(articles.library()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(result.articleId());
            assertThat(s.unitCount()).isEqualTo(details.units().size());
        });
    }

    @Test
    void givesEveryUnitAStanceTowardsEveryActiveMotion() {
        motions.create("The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.");

        var result = ingestion.importArticle(bytes(TEXT), "stances.txt");

        var details = articles.details(result.articleId()).orElseThrow();
        assertThat(details.units()).allSatisfy(u -> assertThat(u.stances()).hasSize(1));
        assertThat(count("unit_stances")).isEqualTo(details.units().size());
    }

    @Test
    void reportsAnUnreadableInputAndStoresNothing() {
        var result = ingestion.importArticle(bytes("   \n  "), "blank.txt");

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.message()).contains("blank.txt");
        assertThat(count("sources")).isZero();
    }

    @Test
    void anImportThatFailsAfterTheSourceWasWrittenLeavesNothingBehind() {
        // The database itself refuses the article row, which is written after the source row.
        jdbc.execute("""
                create function casebook_test_refuse() returns trigger language plpgsql as $$
                begin raise exception 'refused by test'; end $$""");
        jdbc.execute("create trigger refuse_articles before insert on articles "
                + "for each row execute function casebook_test_refuse()");
        try {
            var result = ingestion.importArticle(bytes(TEXT), "half-way.txt");

            assertThat(result.status()).isEqualTo(Status.FAILED);
            assertThat(count("sources")).isZero();
            assertThat(count("units")).isZero();
        } finally {
            jdbc.execute("drop trigger refuse_articles on articles");
            jdbc.execute("drop function casebook_test_refuse()");
        }
    }

    @Test
    void importsTheBytesAgainOnceAFailedImportIsRetried() {
        jdbc.execute("alter table articles add constraint ck_test_refuse check (false) not valid");
        var failed = ingestion.importArticle(bytes(TEXT), "retry.txt");
        jdbc.execute("alter table articles drop constraint ck_test_refuse");

        var retried = ingestion.importArticle(bytes(TEXT), "retry.txt");

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(retried.status()).isEqualTo(Status.IMPORTED);
        assertThat(count("sources")).isEqualTo(1);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
