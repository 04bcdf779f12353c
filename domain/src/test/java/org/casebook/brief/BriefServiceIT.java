package org.casebook.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casebook.article.ArticleIngestion;
import org.casebook.article.ArticleService;
import org.casebook.article.UnitDetails;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Briefs on a real PostgreSQL, committing for real (no rolled-back test transaction). */
@SpringBootTest
@UsesTestDatabase
class BriefServiceIT {
    private static final String TEXT = """
            Cutting aid to Central America will increase migration. The programs fund violence prevention in \
            Honduras and Guatemala. Homicides fell where they ran.

            Sen. Kamala D. Harris (D-Calif.) said: "Gutting these programs is not the answer." Others disagree.
            """;

    @Autowired BriefService briefs;
    @Autowired ArticleIngestion ingestion;
    @Autowired ArticleService articles;
    @Autowired MotionService motions;
    @Autowired JdbcTemplate jdbc;

    private long motionId;

    @BeforeEach
    void emptyLibrary() {
        jdbc.execute("truncate table sources, motions, briefs cascade");
        motionId = motions.create("The United States should cut its foreign aid to Central America.").id();
    }

    @Test
    void createsAnEmptyBriefForAMotionAndSide() {
        var brief = briefs.create("  Aid cuts: negative  ", motionId, BriefSide.CON);

        assertThat(brief.title()).isEqualTo("Aid cuts: negative");
        assertThat(brief.motionText()).startsWith("The United States should cut");
        assertThat(brief.side()).isEqualTo(BriefSide.CON);
        assertThat(brief.entries()).isEmpty();
        assertThat(briefs.briefs()).singleElement().satisfies(s -> assertThat(s.entryCount()).isZero());
    }

    @Test
    void cutsACardFromAUnitWithItsContextTheUnitHighlightedAndATag() {
        UnitDetails unit = firstUnit();
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);

        var after = briefs.addCard(brief.id(), brief.version(), unit.id(), BriefColumn.CON);

        Entry card = after.entries().getFirst();
        assertThat(card.kind()).isEqualTo(EntryKind.CARD);
        assertThat(card.column()).isEqualTo(BriefColumn.CON);
        assertThat(card.sourceUnitId()).isEqualTo(unit.id());
        assertThat(card.text()).contains(unit.text());
        assertThat(card.readAloud()).isEqualTo(unit.text());
        assertThat(card.tag()).isNotBlank().hasSizeLessThanOrEqualTo(unit.text().length() + 2);
        assertThat(card.cite().line()).isEqualTo("No cite yet"); // a plain text file says nothing about itself
        assertThat(after.version()).isGreaterThan(brief.version());
    }

    @Test
    void keepsTagCiteAndHighlightEditsAndMergesOverlappingHighlights() {
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);
        brief = briefs.addCard(brief.id(), brief.version(), firstUnit().id(), BriefColumn.PRO);
        long card = brief.entries().getFirst().id();

        brief = briefs.editTag(brief.id(), brief.version(), card, "Aid cuts raise migration");
        brief = briefs.editCite(brief.id(), brief.version(), card,
                new Cite("Ana Ruiz", "Professor of Economics", "The Post", "April 2, 2019", " "));
        brief = briefs.setHighlights(brief.id(), brief.version(), card,
                List.of(new Highlight(5, 10), new Highlight(0, 3), new Highlight(8, 12)));

        Entry entry = briefs.document(brief.id()).orElseThrow().entries().getFirst();
        assertThat(entry.tag()).isEqualTo("Aid cuts raise migration");
        assertThat(entry.cite().line()).isEqualTo("Ana Ruiz, Professor of Economics · The Post · April 2, 2019");
        assertThat(entry.cite().url()).isNull();
        assertThat(entry.highlights()).containsExactly(new Highlight(0, 3), new Highlight(5, 12));
    }

    @Test
    void rejectsAHighlightOutsideTheEvidence() {
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);
        var withCard = briefs.addCard(brief.id(), brief.version(), firstUnit().id(), BriefColumn.PRO);
        Entry card = withCard.entries().getFirst();

        assertThatIllegalArgumentException().isThrownBy(() -> briefs.setHighlights(withCard.id(),
                withCard.version(), card.id(), List.of(new Highlight(0, card.text().length() + 1))));
    }

    @Test
    void reordersWithinAColumnAndMovesBetweenColumnsWithoutGaps() {
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);
        brief = briefs.addHeading(brief.id(), brief.version(), BriefColumn.PRO, "Answers to: aid is wasted");
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "Read this first");
        brief = briefs.addCard(brief.id(), brief.version(), firstUnit().id(), BriefColumn.PRO);
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.CON, "Their best card");
        long heading = entryWith(brief, "Answers to: aid is wasted").id();
        long note = entryWith(brief, "Read this first").id();

        brief = briefs.move(brief.id(), brief.version(), note, BriefColumn.PRO, 0);
        assertThat(brief.column(BriefColumn.PRO)).extracting(Entry::id).startsWith(note, heading);

        brief = briefs.move(brief.id(), brief.version(), heading, BriefColumn.CON, 0);
        var stored = briefs.document(brief.id()).orElseThrow();
        assertThat(stored.column(BriefColumn.PRO)).extracting(Entry::kind)
                .containsExactly(EntryKind.NOTE, EntryKind.CARD);
        assertThat(stored.column(BriefColumn.CON)).extracting(Entry::kind)
                .containsExactly(EntryKind.BLOCK_HEADING, EntryKind.NOTE);
        assertThat(stored.column(BriefColumn.PRO)).extracting(Entry::position).containsExactly(0, 1);
        assertThat(stored.column(BriefColumn.CON)).extracting(Entry::position).containsExactly(0, 1);
    }

    @Test
    void removingAnEntryClosesTheGap() {
        var brief = briefs.create("Aid", motionId, BriefSide.BOTH);
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "one");
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "two");
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.PRO, "three");

        brief = briefs.remove(brief.id(), brief.version(), entryWith(brief, "one").id());

        assertThat(brief.column(BriefColumn.PRO)).extracting(Entry::text, Entry::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("two", 0),
                        org.assertj.core.groups.Tuple.tuple("three", 1));
    }

    @Test
    void aOneSidedBriefKeepsEveryEntryInItsOwnColumn() {
        var brief = briefs.create("Aff", motionId, BriefSide.PRO);
        brief = briefs.addCard(brief.id(), brief.version(), firstUnit().id(), BriefColumn.CON);
        brief = briefs.addNote(brief.id(), brief.version(), BriefColumn.CON, "answer");
        brief = briefs.move(brief.id(), brief.version(), entryWith(brief, "answer").id(), BriefColumn.CON, 0);

        assertThat(brief.entries()).extracting(Entry::column).containsOnly(BriefColumn.PRO);
        assertThat(brief.column(BriefColumn.PRO)).extracting(Entry::kind)
                .containsExactly(EntryKind.NOTE, EntryKind.CARD);
    }

    @Test
    void aWriteBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        var seen = briefs.create("Aid", motionId, BriefSide.BOTH);
        briefs.rename(seen.id(), seen.version(), "Renamed by Ana");

        assertThatThrownBy(() -> briefs.addNote(seen.id(), seen.version(), BriefColumn.PRO, "Ben's note"))
                .isInstanceOf(BriefChangedException.class)
                .hasMessageContaining("Someone else changed this brief");
        var stored = briefs.document(seen.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Renamed by Ana");
        assertThat(stored.entries()).isEmpty();
    }

    @Test
    void ofConcurrentWritersWhoSawTheSameVersionExactlyOneWins() throws Exception {
        var seen = briefs.create("Aid", motionId, BriefSide.BOTH);
        int writers = 6;
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String words = "note " + i;
            tasks.add(() -> {
                try {
                    briefs.addNote(seen.id(), seen.version(), BriefColumn.PRO, words);
                    return true;
                } catch (BriefChangedException e) {
                    return false;
                }
            });
        }
        List<Boolean> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get());
            }
        }

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(briefs.document(seen.id()).orElseThrow().entries()).hasSize(1);
    }

    @Test
    void rejectsABlankTitleAndAnUnknownMotion() {
        assertThatIllegalArgumentException().isThrownBy(() -> briefs.create("  ", motionId, BriefSide.PRO));
        assertThatIllegalArgumentException().isThrownBy(() -> briefs.create("Aid", motionId + 999, BriefSide.PRO));
    }

    private UnitDetails firstUnit() {
        var result = ingestion.importArticle(TEXT.getBytes(StandardCharsets.UTF_8), "brief-test.txt");
        return articles.details(result.articleId()).orElseThrow().units().getFirst();
    }

    private static Entry entryWith(BriefDocument brief, String words) {
        return brief.entries().stream()
                .filter(e -> words.equals(e.tag()) || words.equals(e.text()))
                .findFirst()
                .orElseThrow();
    }
}
