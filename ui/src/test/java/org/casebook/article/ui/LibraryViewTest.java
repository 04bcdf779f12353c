package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The library page without a browser (Karibu Testing), over a stubbed {@link ArticleService}. */
@SpringBootTest(properties = "casebook.seeds.enabled=false")
@UsesTestDatabase
class LibraryViewTest {
    private static Routes routes;

    @Autowired ApplicationContext context;
    @MockitoBean ArticleService articles;

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
        when(articles.library()).thenReturn(List.of(
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
        when(articles.library()).thenReturn(List.of(summary(7, "Aid cuts will backfire", null, null, 3)));

        var view = openLibrary();
        var cell = GridKt._getCellComponent(view.grid, 0, "heading");
        assertThat(cell).isInstanceOfSatisfying(RouterLink.class, link -> {
            assertThat(link.getText()).isEqualTo("Aid cuts will backfire");
            assertThat(link.getHref()).isEqualTo("articles/7");
        });
    }

    @Test
    void saysSoWhenTheLibraryIsEmpty() {
        when(articles.library()).thenReturn(List.of());

        var view = openLibrary();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.emptyState.getText()).contains("library is empty");
    }

    /** Opens a browserless UI at the library (after the test has stubbed the service). */
    private LibraryView openLibrary() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().navigate(LibraryView.class);
        return LocatorJ._get(LibraryView.class);
    }

    private static ArticleSummary summary(long id, String heading, String outlet, LocalDate date, int units) {
        return new ArticleSummary(id, heading, outlet, date, units, "test/" + id + ".txt", Instant.EPOCH);
    }
}
