package org.casebook.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasErrorParameter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.casebook.article.ArticleDetails;
import org.casebook.article.ArticleReanalysis;
import org.casebook.article.ReanalysisResult;
import org.casebook.article.ArticleService;
import org.casebook.article.Side;
import org.casebook.article.UnitCorrections;
import org.casebook.article.UnitDetails;
import org.casebook.article.UnitRole;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.brief.BriefService;
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

/** The reader's corrections without a browser (Karibu Testing), over stubbed services. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class ArticleViewTest {
    private static final String BODY = "Aid works. Cuts backfire.";
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean ArticleService articles;
    @MockitoBean MotionService motions;
    @MockitoBean UnitCorrections corrections;
    @MockitoBean BriefService briefs;
    @MockitoBean ArticleReanalysis reanalysis;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes(Set.<Class<? extends Component>>of(LibraryView.class, ArticleView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @org.junit.jupiter.api.BeforeEach
    void theReaderMayCorrect() {
        when(articles.canCorrect(org.mockito.ArgumentMatchers.anyLong())).thenReturn(true);
    }

    @Test
    void aReaderWhoMayNotCorrectTheArticleGetsNoCorrectingControlsAndIsToldWhy() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of(new MotionSummary(5, "Cut aid.", false, Instant.EPOCH)));
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        when(articles.canCorrect(1)).thenReturn(false);
        open();

        assertThat(_find(Button.class, spec -> spec.withText("Correct"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Re-analyse"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("New unit from selection"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Add to brief"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anySatisfy(t -> assertThat(t).contains("only the person who imported it"));
    }

    @Test
    void aUnitLinkedAsSupportSaysWhatItSupports() {
        var claim = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        var reason = new UnitDetails(4, 11, 15, UnitRole.CLAIM, "Cuts", null, null, 0.7, 3L, List.of());
        var figure = new UnitDetails(5, 16, 25, UnitRole.EVIDENCE, "backfire.", null, null, 0.7, 3L, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(new ArticleDetails(1, "Aid", null, null, null, null,
                "test.txt", BODY, List.of(claim, reason, figure), "0.1.0", "m")));
        open();

        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("cb-unit-supports")))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .containsExactly("A reason for: \u201cAid works.\u201d", "Evidence for: \u201cAid works.\u201d");
    }

    @Test
    void correctingAStanceSavesItAsAPersonsVerdictAndShowsItMarked() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null,
                List.of(new UnitDetails.StanceDetails(5, Side.PRO, 0.6, false)));
        var corrected = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null,
                List.of(new UnitDetails.StanceDetails(5, Side.CON, 1.0, true)));
        when(motions.activeMotions()).thenReturn(List.of(new MotionSummary(5, "Cut aid.", false, Instant.EPOCH)));
        when(articles.details(1)).thenReturn(Optional.of(article(unit)), Optional.of(article(unit)),
                Optional.of(article(corrected)));
        open();

        _click(_get(Button.class, spec -> spec.withText("Correct")));
        var dialog = _get(UnitCorrectionDialog.class);
        _setValue(dialog.stance, Side.CON);
        _click(dialog.save);

        verify(corrections).correctStance(3, 5, Side.CON);
        verify(corrections, never()).changeRole(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any());
        assertThat(_find(com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText())
                .contains("Claim · Con · corrected");
    }

    @Test
    void deletingAUnitIsAskedTwice() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        open();

        _click(_get(Button.class, spec -> spec.withText("Correct")));
        var dialog = _get(UnitCorrectionDialog.class);
        _click(dialog.delete);
        verify(corrections, never()).delete(3);
        _click(dialog.delete);

        verify(corrections).delete(3);
    }

    @Test
    void aUnitDeletedMeanwhileGivesAClearNoticeNotAnErrorPage() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        org.mockito.Mockito.doThrow(new IllegalArgumentException("There is no unit 3 (it may have been deleted "
                + "meanwhile).")).when(corrections).delete(3);
        open();

        _click(_get(Button.class, spec -> spec.withText("Correct")));
        var dialog = _get(UnitCorrectionDialog.class);
        _click(dialog.delete);
        _click(dialog.delete);

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "There is no unit 3 (it may have been deleted meanwhile).");
        assertThat(_find(UnitCorrectionDialog.class)).isEmpty();
        assertThat(_get(ArticleView.class).isAttached()).isTrue();
    }

    @Test
    void selectedWordsBecomeAUnitWithTheRoleAndStanceChosen() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of(new MotionSummary(5, "Cut aid.", false, Instant.EPOCH)));
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        open();

        _get(ArticleView.class).selection = new int[] {BODY.indexOf("Cuts"), BODY.length()};
        _click(_get(Button.class, spec -> spec.withText("New unit from selection")));
        var dialog = _get(UnitSpanDialog.class);
        assertThat(dialog.quote.getText()).isEqualTo("“Cuts backfire.”");
        _click(dialog.endEarlier);
        _setValue(dialog.role, UnitRole.EVIDENCE);
        _setValue(dialog.stance, Side.CON);
        _click(dialog.save);

        verify(corrections).addUnit(1, BODY.indexOf("Cuts"), BODY.indexOf("Cuts") + 4, UnitRole.EVIDENCE, 5L,
                Side.CON);
        assertThat(_find(UnitSpanDialog.class)).isEmpty();
    }

    @Test
    void aRefusedNewUnitSaysWhyAndKeepsTheDialogOpen() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        when(corrections.addUnit(1, 0, 4, UnitRole.CLAIM, null, null))
                .thenThrow(new IllegalArgumentException("These words overlap another unit (\"Aid works.\")."));
        open();

        _get(ArticleView.class).selection = new int[] {0, 4};
        _click(_get(Button.class, spec -> spec.withText("New unit from selection")));
        var dialog = _get(UnitSpanDialog.class);
        _click(dialog.save);

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).contains("overlap another unit");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void withoutASelectionTheButtonExplainsWhatToDo() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        open();

        _click(_get(Button.class, spec -> spec.withText("New unit from selection")));

        assertThat(_find(UnitSpanDialog.class)).isEmpty();
        assertThat(_get(ArticleView.class).status.getText()).startsWith("Select words in the article's text first");
    }

    @Test
    void aUnitsBoundariesMoveAWordAtATime() {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        open();

        _click(_get(Button.class, spec -> spec.withText("Boundaries")));
        var dialog = _get(UnitSpanDialog.class);
        _click(dialog.endLater);
        _click(dialog.startLater);
        _click(dialog.save);

        verify(corrections).adjustSpan(3, BODY.indexOf("works"), BODY.indexOf("Cuts") + 4);
    }

    @Test
    void reanalysingRunsInTheBackgroundAndSaysWhatWasKept() throws InterruptedException {
        var unit = new UnitDetails(3, 0, 10, UnitRole.CLAIM, "Aid works.", null, null, 0.8, null, List.of());
        when(motions.activeMotions()).thenReturn(List.of());
        when(articles.details(1)).thenReturn(Optional.of(article(unit)));
        when(reanalysis.reanalyse(1)).thenReturn(new ReanalysisResult(1, 4, 2, 1, 0, 1));
        open();

        var view = _get(ArticleView.class);
        _click(view.reanalyse);
        assertThat(view.working.isVisible()).isTrue();
        for (int i = 0; i < 100 && view.working.isVisible(); i++) {
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }

        verify(reanalysis).reanalyse(1);
        assertThat(view.status.getText()).isEqualTo(
                "Analysed again: 4 units found; 2 you made or corrected kept as they are; 1 you deleted stay deleted.");
        assertThat(view.reanalyse.isEnabled()).isTrue();
    }

    private void open() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        org.casebook.account.ui.SignedIn.teacher();
        UI.getCurrent().navigate("articles/1");
    }

    private static ArticleDetails article(UnitDetails unit) {
        return new ArticleDetails(1, "Aid", null, null, null, null, "test.txt", BODY, List.of(unit), "0.1.0", "m");
    }
}
