package org.casebook.brief.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.casebook.article.BoardService;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.brief.BriefSummary;
import org.casebook.brief.Highlight;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The briefs list and the brief editor without a browser (Karibu Testing), over stubbed services. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class BriefViewsTest {
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean BriefService briefs;
    @MockitoBean org.casebook.brief.BriefReview review;
    @MockitoBean BoardService boards;
    @MockitoBean MotionService motions;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes(Set.<Class<? extends Component>>of(BriefsView.class, BriefEditorView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }

    @org.junit.jupiter.api.BeforeEach
    void editable() {
        when(briefs.work(anyLong())).thenAnswer(call -> Optional.of(new org.casebook.brief.BriefWork(
                call.getArgument(0), org.casebook.brief.BriefStatus.IN_PROGRESS, null, null, true, false, false)));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void listsBriefsWithTheirMotionSideAndEntries() {
        when(briefs.briefs()).thenReturn(List.of(new BriefSummary(1, "Aid cuts", 5L, "The US should cut aid.",
                BriefSide.CON, 4, 2, Instant.EPOCH)));

        var view = open("briefs", BriefsView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "motion")).isEqualTo("The US should cut aid.");
        assertThat(GridKt._getFormatted(view.grid, 0, "side")).isEqualTo("Con");
        assertThat(GridKt._getFormatted(view.grid, 0, "entries")).isEqualTo("4");
        assertThat(view.emptyState.isVisible()).isFalse();
    }

    @Test
    void anEmptyListSaysHowToStart() {
        when(briefs.briefs()).thenReturn(List.of());

        var view = open("briefs", BriefsView.class);

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.emptyState.getText()).contains("No briefs yet").contains("board");
    }

    @Test
    void creatingABriefOpensItInTheEditor() {
        when(briefs.briefs()).thenReturn(List.of());
        when(briefs.create("Aid", null, BriefSide.BOTH)).thenReturn(Briefs.brief(0));
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(0)));
        var view = open("briefs", BriefsView.class);

        _setValue(view.title, "Aid");
        _click(view.create);

        assertThat(_get(BriefEditorView.class).title.getValue()).isEqualTo("Aid cuts");
    }

    @Test
    void theEditorShowsBothColumnsAndMarksTheReadAloudWords() {
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3,
                Briefs.card(10, BriefColumn.PRO, 0, new Highlight(0, 3)), Briefs.note(11, BriefColumn.CON, 0, "n"))));

        var view = open("briefs/1", BriefEditorView.class);

        assertThat(view.columnLists).containsOnlyKeys(BriefColumn.PRO, BriefColumn.CON);
        var card = view.cards.get(10L);
        assertThat(card.tag.getValue()).isEqualTo("Aid works");
        assertThat(card.citeLine.getText()).isEqualTo("Ana Ruiz · The Post");
        assertThat(_find(card.evidence, Span.class)).filteredOn(s -> s.hasClassName("cb-read"))
                .extracting(Span::getText).containsExactly("Aid");
    }

    @Test
    void theExportButtonsDownloadTheBriefAsPdfAndDocx() {
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3,
                Briefs.card(10, BriefColumn.PRO, 0, new Highlight(0, 3)))));

        var view = open("briefs/1", BriefEditorView.class);

        assertThat(view.exportPdf.getText()).isEqualTo("Export PDF");
        assertThat(view.exportDocx.getText()).isEqualTo("Export DOCX");
        assertThat(view.exportPdfLink.getHref()).isNotBlank();
        byte[] pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(view.exportPdfLink);
        byte[] docx = com.github.mvysny.kaributesting.v10.DownloadKt._download(view.exportDocxLink);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void anEmptyColumnSaysWhatToDoNext() {
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3)));

        var view = open("briefs/1", BriefEditorView.class);

        assertThat(_find(view.columns, Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("No cards yet").contains("Add to brief"));
    }

    @Test
    void movingAnEntryDownSavesTheNewOrder() {
        var a = Briefs.note(20, BriefColumn.PRO, 0, "a");
        var b = Briefs.note(21, BriefColumn.PRO, 1, "b");
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3, a, b)));
        when(briefs.move(1, 3, 20, BriefColumn.PRO, 1)).thenReturn(Briefs.brief(4, Briefs.note(21, BriefColumn.PRO, 0, "b"), Briefs.note(20, BriefColumn.PRO, 1, "a")));
        var view = open("briefs/1", BriefEditorView.class);

        _click(view.cards.get(20L).down);

        verify(briefs).move(1, 3, 20, BriefColumn.PRO, 1);
        assertThat(view.status.getText()).isEqualTo("All changes saved.");
    }

    @Test
    void highlightingSavesTheSelectedWords() {
        var card = Briefs.card(10, BriefColumn.PRO, 0);
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3, card)));
        when(briefs.setHighlights(eq(1L), eq(3L), eq(10L), any())).thenReturn(Briefs.brief(4,
                Briefs.card(10, BriefColumn.PRO, 0, new Highlight(4, 12))));
        var view = open("briefs/1", BriefEditorView.class);
        var entry = view.cards.get(10L);

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(entry, new EntryCard.Selected(entry, 4, 12));
        _click(entry.highlight);

        verify(briefs).setHighlights(1, 3, 10, List.of(new Highlight(4, 12)));
        assertThat(_find(entry.evidence, Span.class)).filteredOn(s -> s.hasClassName("cb-read"))
                .extracting(Span::getText).containsExactly(Briefs.EVIDENCE.substring(4, 12));
    }

    @Test
    void whenSomeoneElseChangedTheBriefItSaysSoAndReloads() {
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3)));
        when(briefs.rename(1, 3, "Mine")).thenThrow(new BriefChangedException(1));
        var view = open("briefs/1", BriefEditorView.class);

        _setValue(view.title, "Mine");

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(_find(view.conflict, Span.class)).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).contains("Someone else changed this brief"));

        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(4)));
        _click(view.reload);
        assertThat(view.conflict.isVisible()).isFalse();
        verify(briefs, times(2)).document(1);
    }

    @Test
    void submittingAfterAnEditSendsTheBriefAsSaved() {
        when(briefs.work(anyLong())).thenReturn(Optional.of(new org.casebook.brief.BriefWork(
                1, org.casebook.brief.BriefStatus.IN_PROGRESS, 7L, null, true, true, false)));
        when(briefs.document(1)).thenReturn(Optional.of(Briefs.brief(3)));
        when(briefs.rename(1, 3, "Mine")).thenReturn(Briefs.brief(4));
        var view = open("briefs/1", BriefEditorView.class);

        _setValue(view.title, "Mine");
        _click(view.assignment.submit);

        verify(briefs).submit(1, 4);
    }

    @Test
    void anUnknownBriefIsNotFound() {
        when(briefs.document(anyLong())).thenReturn(Optional.empty());

        setUp();
        UI.getCurrent().navigate("briefs/99");

        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    private <V extends Component> V open(String location, Class<V> view) {
        setUp();
        UI.getCurrent().navigate(location);
        return _get(view);
    }

    private void setUp() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        org.casebook.account.ui.SignedIn.teacher();
    }

}
