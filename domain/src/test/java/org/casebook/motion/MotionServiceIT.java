package org.casebook.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.casebook.article.ArticleIngestion;
import org.casebook.article.ArticleService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsesTestDatabase
class MotionServiceIT {
    @Autowired MotionService motions;
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyLibrary() {
        jdbc.execute("truncate table sources, motions cascade");
    }

    @Test
    void givesEveryStoredUnitAStanceTowardsANewMotion() {
        var text = "Foreign aid reduces migration. Studies show violence fell where programs ran. Cuts are a mistake.";
        var imported = ingestion.importArticle(text.getBytes(StandardCharsets.UTF_8), "motion-later.txt");

        var motion = motions.create("  Aid to Central America should be cut.  ");

        assertThat(motion.text()).isEqualTo("Aid to Central America should be cut.");
        var units = articles.details(imported.articleId()).orElseThrow().units();
        assertThat(units).allSatisfy(u -> assertThat(u.stances())
                .singleElement().satisfies(s -> assertThat(s.motionId()).isEqualTo(motion.id())));
    }

    @Test
    void findsAnExistingMotionInsteadOfCreatingItTwice() {
        var first = motions.findOrCreate("This house would cut aid.");
        var second = motions.findOrCreate("This house would cut aid. ");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(motions.allMotions()).hasSize(1);
    }

    @Test
    void rejectsABlankMotion() {
        assertThatIllegalArgumentException().isThrownBy(() -> motions.create("   "));
    }
}
