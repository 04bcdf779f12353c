package org.casebook.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casebook.article.ArticleService;
import org.casebook.article.ArticleSummary;
import org.casebook.article.BoardService;
import org.casebook.article.MotionBoard;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSummary;
import org.casebook.brief.EntryKind;
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
    @Autowired BriefService briefs;
    @Autowired BoardService boards;
    @Autowired org.casebook.account.Callers callers;

    @Test
    void seedingAgainNeverDuplicatesArticlesOrTheMotion() throws InterruptedException {
        awaitStartupSeeding();

        callers.run(org.casebook.account.Caller.SYSTEM, () -> {
            seeds.seed(); // what every later start does
            seeds.seed();
        });

        assertThat(asSystem(articles::library)).extracting(ArticleSummary::location).containsExactlyInAnyOrder(
                "seeds/articles/000_2c7d0a02acb72ced.txt",
                "seeds/articles/001_f70ea718526867c2.txt",
                "seeds/articles/002_66d844eed9e2e8e7.txt");
        assertThat(motions.allMotions()).extracting(MotionSummary::text).containsOnlyOnce(SAMPLE_MOTION);
        assertThat(asSystem(briefs::briefs)).extracting(BriefSummary::title).containsOnlyOnce(SampleBrief.TITLE);
    }

    @Test
    void theFirstStartBuildsASampleBriefWithCardsOnBothSides() throws InterruptedException {
        awaitStartupSeeding();

        var sample = asSystem(() -> briefs.briefs().stream().filter(b -> b.title().equals(SampleBrief.TITLE))
                .findFirst().flatMap(b -> briefs.document(b.id())).orElseThrow());

        for (BriefColumn column : BriefColumn.values()) {
            assertThat(sample.column(column)).extracting(BriefDocument.Entry::kind)
                    .contains(EntryKind.BLOCK_HEADING, EntryKind.CARD);
        }
        assertThat(sample.entries()).filteredOn(e -> e.kind() == EntryKind.CARD)
                .allSatisfy(card -> assertThat(card.readAloud()).isNotBlank());
    }

    @Test
    void theSampleBriefAnswersWhatTheArticlesThemselvesAnswer() throws InterruptedException {
        awaitStartupSeeding();
        var sample = asSystem(() -> briefs.briefs().stream().filter(b -> b.title().equals(SampleBrief.TITLE))
                .findFirst().flatMap(b -> briefs.document(b.id())).orElseThrow());
        MotionBoard board = asSystem(() -> boards.board(sample.motionId()).orElseThrow());

        var explicitAnswers = board.rows().stream().flatMap(r -> r.rebuttals().stream())
                .filter(MotionBoard.Rebuttal::explicit).map(r -> r.unit().unitId()).toList();
        var answerCards = sample.entries().stream()
                .filter(e -> e.kind() == EntryKind.CARD && e.sourceUnitId() != null)
                .filter(e -> precededByAnswersHeading(sample, e)).map(BriefDocument.Entry::sourceUnitId).toList();

        assertThat(explicitAnswers).isNotEmpty();
        assertThat(answerCards).containsAnyElementsOf(explicitAnswers);
    }

    @Test
    void eachAnswerInTheSampleBriefHasWhatItAnswersInTheOtherColumn() throws InterruptedException {
        awaitStartupSeeding();
        var sample = asSystem(() -> briefs.briefs().stream().filter(b -> b.title().equals(SampleBrief.TITLE))
                .findFirst().flatMap(b -> briefs.document(b.id())).orElseThrow());

        var answers = sample.entries().stream().filter(e -> e.kind() == EntryKind.BLOCK_HEADING && e.tag() != null
                && e.tag().startsWith("Answers to:")).toList();

        assertThat(answers).isNotEmpty().allSatisfy(heading -> {
            String argued = heading.tag().substring("Answers to:".length()).replace("…", "").strip();
            var other = heading.column() == BriefColumn.PRO ? BriefColumn.CON : BriefColumn.PRO;
            assertThat(sample.column(other)).filteredOn(e -> e.kind() == EntryKind.CARD)
                    .extracting(e -> e.text().replaceAll("[\"“”]", "").replaceAll("\\s+", " "))
                    .anyMatch(text -> text.contains(argued));
        });
    }

    private static boolean precededByAnswersHeading(BriefDocument brief, BriefDocument.Entry card) {
        return brief.column(card.column()).stream().filter(e -> e.position() == card.position() - 1)
                .anyMatch(e -> e.kind() == EntryKind.BLOCK_HEADING && e.tag() != null
                        && e.tag().startsWith("Answers to:"));
    }

    private void awaitStartupSeeding() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (seeds.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** Seeding and these checks run as the application itself, which sees everything. */
    private <T> T asSystem(java.util.function.Supplier<T> work) {
        return callers.as(org.casebook.account.Caller.SYSTEM, work);
    }
}
