package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.casebook.article.ArticleService;
import org.casebook.article.ArticleSummary;
import org.casebook.article.LibraryQuery;
import org.casebook.article.LibraryQuery.Mode;
import org.mockito.ArgumentCaptor;
import org.casebook.article.LibraryPage;
import org.casebook.base.ui.ErrorView;
import org.casebook.base.ui.NotFoundView;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The library page without a browser (Karibu Testing), over a stubbed {@link ArticleService}: list, search, empty states. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class LibraryViewTest {
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean ArticleService articles;

    /** The library holds {@code rows}, and every query answers them (one slice, no further pages). */
    private void libraryHolds(List<ArticleSummary> rows) {
        when(articles.count()).thenReturn((long) rows.size());
        when(articles.outlets()).thenReturn(List.of());
        when(articles.page(any(), anyInt(), anyInt())).thenAnswer(call -> {
            int offset = Math.min(call.<Integer>getArgument(1), rows.size());
            int end = Math.min(offset + call.<Integer>getArgument(2), rows.size());
            return new LibraryPage(rows.subList(offset, end), end < rows.size());
        });
    }

    @BeforeAll
    static void discoverRoutes() {
        // Listed, not discovered: Karibu's scan sees public classes only, and views are package-private.
        routes = new Routes(Set.<Class<? extends Component>>of(LibraryView.class, ArticleView.class),
                Set.<Class<? extends HasErrorParameter<?>>>of(NotFoundView.class, ErrorView.class), true);
    }


    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void listsEveryArticleWithItsOutletDateAndUnitCount() {
        libraryHolds(List.of(
                summary(1, "Aid cuts will backfire", "The Daily", LocalDate.of(2019, 4, 1), 37),
                summary(2, "Honduran migrants board a truck in Mexico …", null, null, 0)));

        var view = openLibrary();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "outlet"))
                .isEqualTo("The Daily");
        assertThat(GridKt._getFormatted(view.grid, 1, "date"))
                .isEqualTo("—");
        assertThat(GridKt._getFormatted(view.grid, 0, "units"))
                .isEqualTo("37");
        assertThat(view.emptyState.isVisible()).isFalse();
    }

    @Test
    void headsEachRowWithALinkToTheReader() {
        libraryHolds(List.of(summary(7, "Aid cuts will backfire", null, null, 3)));

        var view = openLibrary();
        var cell = GridKt._getCellComponent(view.grid, 0, "heading");
        assertThat(cell).isInstanceOfSatisfying(RouterLink.class, link -> {
            assertThat(link.getText()).isEqualTo("Aid cuts will backfire");
            assertThat(link.getHref()).isEqualTo("articles/7");
        });
    }

    @Test
    void saysSoWhenTheLibraryIsEmpty() {
        libraryHolds(List.of());

        var view = openLibrary();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.filters.isVisible()).isFalse();
        assertThat(view.emptyState.getText()).contains("library is empty").contains("Import");
    }

    @Test
    void searchesByWordsThenByMeaningAsTheUserTypesAndSwitches() {
        libraryHolds(List.of(summary(7, "Aid cuts will backfire", null, null, 3)));
        var view = openLibrary();

        view.filters.search.setValue("  aid cuts ");
        GridKt._size(view.grid);
        var queries = ArgumentCaptor.forClass(LibraryQuery.class);
        verify(articles, atLeastOnce()).page(queries.capture(), anyInt(), anyInt());
        assertThat(queries.getValue().text()).isEqualTo("aid cuts");
        assertThat(queries.getValue().mode()).isEqualTo(Mode.WORDS);

        view.filters.mode.setValue(Mode.MEANING);
        GridKt._size(view.grid);
        verify(articles, atLeastOnce()).page(queries.capture(), anyInt(), anyInt());
        assertThat(queries.getValue().text()).isEqualTo("aid cuts");
        assertThat(queries.getValue().mode()).isEqualTo(Mode.MEANING);
    }

    @Test
    void saysWhatToDoWhenNothingMatchesTheSearch() {
        libraryHolds(List.of(summary(7, "Aid cuts will backfire", null, null, 3)));
        var view = openLibrary();
        when(articles.page(argThat(q -> q != null && q.searching()), anyInt(), anyInt()))
                .thenReturn(new LibraryPage(List.of(), false));

        view.filters.search.setValue("zebras");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.filters.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).contains("No article matches").contains("search by meaning");
    }

    @Test
    void offersAStanceOnlyOnceAMotionIsChosen() {
        libraryHolds(List.of(summary(7, "Aid cuts will backfire", null, null, 3)));
        var view = openLibrary();

        assertThat(view.filters.stance.isEnabled()).isFalse();
        assertThat(view.filters.query().motionId()).isNull();
    }

    /** Opens a browserless UI at the library (after the test has stubbed the service). */
    private LibraryView openLibrary() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        org.casebook.account.ui.SignedIn.teacher();
        UI.getCurrent().navigate(LibraryView.class);
        return LocatorJ._get(LibraryView.class);
    }

    private static ArticleSummary summary(long id, String heading, String outlet, LocalDate date, int units) {
        return new ArticleSummary(id, heading, outlet, date, units, "test/" + id + ".txt", Instant.EPOCH);
    }
}
