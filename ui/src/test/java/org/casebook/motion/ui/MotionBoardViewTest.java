package org.casebook.motion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.casebook.article.BoardService;
import org.casebook.article.MotionBoard;
import org.casebook.article.Side;
import org.casebook.article.UnitRole;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.brief.ui.AddToBriefDialog;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The motion board and the motions list without a browser (Karibu Testing), over stubbed services. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class MotionBoardViewTest {
    private static final MotionSummary MOTION = new MotionSummary(5, "The US should cut aid.", false, Instant.EPOCH);
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean BriefService briefs;
    @MockitoBean BoardService boards;
    @MockitoBean MotionService motions;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes(Set.<Class<? extends Component>>of(MotionsView.class, MotionBoardView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    private MotionBoard board() {
        var pro = BoardFilterTest.card(1, 10, UnitRole.CLAIM, Side.PRO, null);
        var con = BoardFilterTest.card(2, 11, UnitRole.CLAIM, Side.CON, "Harris");
        var lonely = BoardFilterTest.card(3, 11, UnitRole.EVIDENCE, Side.CON, "Harris");
        return new MotionBoard(MOTION, List.of(
                new MotionBoard.Row(pro, List.of(new MotionBoard.Rebuttal(con, true, 0.9)), 70L),
                new MotionBoard.Row(lonely, List.of(), null)),
                List.of(new MotionBoard.KeyPoint(70, "Aid works", List.of(1L, 4L), 2)));
    }

    @Test
    void pairsEachArgumentWithItsRebuttalsAndFlagsTheUnanswered() {
        when(boards.board(5)).thenReturn(Optional.of(board()));

        var view = open("motions/5/board", MotionBoardView.class);

        assertThat(view.rows.getChildren()).hasSize(2);
        assertThat(_find(view.rows, Span.class)).extracting(Span::getText)
                .containsOnlyOnce("No answer yet")
                .anySatisfy(t -> assertThat(t).contains("answers it in the text"))
                .anySatisfy(t -> assertThat(t).contains("made in 2 sources"));
        assertThat(view.summary.getText()).isEqualTo("2 arguments, 1 without an answer yet");
    }

    @Test
    void filtersToTheUnansweredArguments() {
        when(boards.board(5)).thenReturn(Optional.of(board()));
        var view = open("motions/5/board", MotionBoardView.class);

        _setValue(view.unansweredOnly, true);

        assertThat(view.rows.getChildren()).hasSize(1);
        assertThat(view.summary.getText()).endsWith("showing 1");
    }

    @Test
    void choosingAKeyPointShowsOnlyItsArgumentsUntilAllAreAskedFor() {
        when(boards.board(5)).thenReturn(Optional.of(board()));
        var view = open("motions/5/board", MotionBoardView.class);

        _click(_get(Button.class, spec -> spec.withText("Aid works")));

        assertThat(view.rows.getChildren()).hasSize(1);
        assertThat(view.summary.getText()).endsWith("showing 1");
        _click(_get(Button.class, spec -> spec.withText("All arguments")));
        assertThat(view.rows.getChildren()).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withText("All arguments"))).isEmpty();
    }

    @Test
    void saysWhatToDoWhenNoArticleTakesASide() {
        when(boards.board(5)).thenReturn(Optional.of(new MotionBoard(MOTION, List.of(), List.of())));

        var view = open("motions/5/board", MotionBoardView.class);

        assertThat(view.emptyState.getText()).contains("Import articles");
    }

    @Test
    void addToBriefStartsABriefWhenTheMotionHasNone() {
        when(boards.board(5)).thenReturn(Optional.of(board()));
        when(briefs.briefs()).thenReturn(List.of());
        var created = new BriefDocument(9, "Brief: The US should cut aid.", 5L, MOTION.text(), BriefSide.BOTH, 0,
                Instant.EPOCH, Instant.EPOCH, List.of());
        when(briefs.create("Brief: The US should cut aid.", 5L, BriefSide.BOTH)).thenReturn(created);
        when(briefs.addCard(9, 0, 1, BriefColumn.PRO)).thenReturn(created);
        var view = open("motions/5/board", MotionBoardView.class);

        _click(_find(view.rows, BoardCard.class).getFirst().addToBrief);
        _click(_get(AddToBriefDialog.class).getFooter().getElement().getChildren()
                .map(e -> e.getComponent().orElseThrow()).filter(c -> c instanceof com.vaadin.flow.component.button.Button b
                        && b.getText().equals("Add card")).map(c -> (com.vaadin.flow.component.button.Button) c)
                .findFirst().orElseThrow());

        verify(briefs).addCard(9, 0, 1, BriefColumn.PRO);
    }

    @Test
    void theMotionsListLinksEachMotionToItsBoard() {
        when(motions.allMotions()).thenReturn(List.of(MOTION));

        var view = open("motions", MotionsView.class);

        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.emptyState.isVisible()).isFalse();
    }

    @Test
    void archivingAMotionGoesThroughTheService() {
        when(motions.allMotions()).thenReturn(List.of(MOTION));
        when(motions.archive(5, true)).thenReturn(MOTION);
        var view = open("motions", MotionsView.class);

        var archive = (com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(view.grid, 0, "actions").getChildren().toList().get(1);
        _click(archive);

        verify(motions).archive(5, true);
    }

    @Test
    void theBoardIsComputedInTheBackgroundWhileAProgressBarShows() throws InterruptedException {
        var release = new java.util.concurrent.CountDownLatch(1);
        when(boards.board(5)).thenAnswer(call -> {
            release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            return Optional.of(board());
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        org.casebook.account.ui.SignedIn.as(7, org.casebook.account.Role.TEACHER);
        UI.getCurrent().navigate("motions/5/board");
        var view = _get(MotionBoardView.class);

        assertThat(view.loading()).isTrue();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.rows.getChildren()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        release.countDown();
        await(view);

        assertThat(view.loading()).isFalse();
        assertThat(view.rows.getChildren()).hasSize(2);
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void aBoardThatFailsSaysSoInsteadOfAnErrorPage() throws InterruptedException {
        when(boards.board(5)).thenThrow(new IllegalStateException("database gone"));

        var view = open("motions/5/board", MotionBoardView.class);

        assertThat(view.progressLabel.getText()).isEqualTo("The board could not be computed. Reload the page to try "
                + "again.");
        assertThat(view.progress.isVisible()).isFalse();
    }

    @Test
    void anUnknownMotionIsNotFound() {
        open("motions/6/board", NotFoundView.class);

        verify(boards, org.mockito.Mockito.never()).board(6);
    }

    @org.junit.jupiter.api.BeforeEach
    void motionExists() {
        when(boards.motion(5)).thenReturn(Optional.of(MOTION));
    }

    @Test
    void aStudentReadsTheMotionsButHasNothingToWriteThem() {
        when(motions.allMotions()).thenReturn(List.of(MOTION));

        var view = open("motions", MotionsView.class, org.casebook.account.Role.STUDENT);

        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(view.motionText.getParent().orElseThrow().isVisible()).isFalse();
    }

    private <V extends Component> V open(String location, Class<V> view) {
        return open(location, view, org.casebook.account.Role.TEACHER);
    }

    private <V extends Component> V open(String location, Class<V> view, org.casebook.account.Role role) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        org.casebook.account.ui.SignedIn.as(7, role);
        UI.getCurrent().navigate(location);
        V shown = _get(view);
        if (shown instanceof MotionBoardView board) {
            await(board);
        }
        return shown;
    }

    /** Runs the UI's pending work until the board has been computed in the background. */
    private static void await(MotionBoardView view) {
        for (int i = 0; i < 500 && view.loading(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            MockVaadin.clientRoundtrip(false);
        }
    }
}
