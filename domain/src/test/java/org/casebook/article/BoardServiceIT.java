package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The motion board over the three seed articles (read from the seeds module's sources) on a real PostgreSQL. */
@SpringBootTest
@UsesTestDatabase
class BoardServiceIT {
    private static final Path SEEDS = Path.of("..", "seeds", "src", "main", "resources", "seeds", "articles");
    private static final String MOTION =
            "The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.";

    @Autowired BoardService boards;
    @Autowired ArticleIngestion ingestion;
    @Autowired MotionService motions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void seedLibrary() throws IOException {
        LibraryCleaner.empty(jdbc);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.sorted().toList()) {
                ingestion.importArticle(Files.readAllBytes(file), file.getFileName().toString());
            }
        }
    }

    @Test
    void showsArgumentsOnBothSidesWithTheirRebuttals() {
        long motion = motions.create(MOTION).id();

        var board = boards.board(motion).orElseThrow();

        assertThat(board.rows()).anySatisfy(r -> assertThat(r.argument().side()).isEqualTo(Side.PRO));
        assertThat(board.rows()).anySatisfy(r -> assertThat(r.argument().side()).isEqualTo(Side.CON));
        assertThat(board.rows()).anySatisfy(r -> assertThat(r.answered()).isTrue());
        assertThat(board.rows()).allSatisfy(r -> assertThat(r.rebuttals())
                .allSatisfy(a -> assertThat(a.unit().side()).isNotEqualTo(r.argument().side())));
    }

    @Test
    void storesCountersAcrossArticlesForTheMotionAndKeepsThemWhileNothingChanges() {
        long motion = motions.create(MOTION).id();
        Integer stored = jdbc.queryForObject(
                "select count(*) from counter_links where motion_id = ?", Integer.class, motion);

        boards.board(motion);
        var board = boards.board(motion).orElseThrow();

        assertThat(stored).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from counter_links where motion_id = ?", Integer.class,
                motion)).isEqualTo(stored);
        assertThat(board.rows()).anySatisfy(r -> assertThat(r.rebuttals())
                .anySatisfy(a -> assertThat(a.unit().articleId()).isNotEqualTo(r.argument().articleId())));
    }

    @Test
    void anAnswerTheTextMarksIsExplicitUnderTheArgumentItAnswersOnly() {
        long motion = motions.create(MOTION).id();

        var board = boards.board(motion).orElseThrow();
        var trump = row(board, "I’ve ended payments");
        var answer = row(board, "To be clear, funds");

        assertThat(trump.rebuttals()).anySatisfy(r -> {
            assertThat(r.unit().unitId()).isEqualTo(answer.argument().unitId());
            assertThat(r.explicit()).isTrue();
        });
        assertThat(answer.rebuttals()).noneSatisfy(r -> assertThat(r.explicit()).isTrue());
        assertThat(answer.rebuttals()).extracting(r -> r.unit().unitId()).contains(trump.argument().unitId());
    }

    private static MotionBoard.Row row(MotionBoard board, String opening) {
        return board.rows().stream().filter(r -> r.argument().text().contains(opening)).findFirst().orElseThrow();
    }

    @Test
    void anEditedMotionGetsItsStancesAgainAndAnArchivedOneNoLongerCountsAsActive() {
        var motion = motions.create(MOTION);

        var edited = motions.edit(motion.id(), "The United States should increase its foreign aid to Central America.");
        motions.archive(motion.id(), true);

        assertThat(edited.text()).contains("increase");
        assertThat(boards.board(motion.id()).orElseThrow().rows()).isNotEmpty();
        assertThat(motions.activeMotions()).isEmpty();
    }

    @Test
    void answersNothingForAnUnknownMotion() {
        assertThat(boards.board(987_654)).isEmpty();
    }
}
