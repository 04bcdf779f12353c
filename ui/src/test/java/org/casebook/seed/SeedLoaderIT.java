package org.casebook.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casebook.article.ArticleService;
import org.casebook.article.ArticleSummary;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Same context as the browser test (RANDOM_PORT), so the model and the seeded library are shared. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class SeedLoaderIT {
    private static final String SAMPLE_MOTION =
            "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";

    @Autowired SeedLoader seeds;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;

    @Test
    void seedingAgainNeverDuplicatesArticlesOrTheMotion() throws InterruptedException {
        awaitStartupSeeding();

        seeds.seed(); // what every later start does
        seeds.seed();

        assertThat(articles.library()).extracting(ArticleSummary::location).containsExactlyInAnyOrder(
                "seeds/articles/000_2c7d0a02acb72ced.txt",
                "seeds/articles/001_f70ea718526867c2.txt",
                "seeds/articles/002_66d844eed9e2e8e7.txt");
        assertThat(motions.allMotions()).extracting(MotionSummary::text).containsOnlyOnce(SAMPLE_MOTION);
    }

    private void awaitStartupSeeding() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (seeds.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }
}
