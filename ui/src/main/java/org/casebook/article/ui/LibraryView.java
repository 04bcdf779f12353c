package org.casebook.article.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.casebook.article.ArticleService;
import org.casebook.article.ArticleSummary;
import org.casebook.seed.SeedLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** The library: every article with its outlet, date and number of units; a click opens the reader. */
@Route("")
@PageTitle("Library · Casebook")
class LibraryView extends Main {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    private static final int POLL_MILLIS = 2000;

    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph();
    private final ArticleService articles;
    private final @Nullable SeedLoader seeds;
    private @Nullable Registration polling;

    LibraryView(ArticleService articles, ObjectProvider<SeedLoader> seeds) {
        this.articles = articles;
        this.seeds = seeds.getIfAvailable();
        addClassNames("cb-page", "cb-library");

        grid.addComponentColumn(LibraryView::headingLink).setHeader("Article").setFlexGrow(4).setKey("heading");
        grid.addColumn(a -> orDash(a.publication())).setHeader("Outlet").setFlexGrow(1).setKey("outlet");
        grid.addColumn(a -> a.published() == null ? "—" : DATE.format(a.published()))
                .setHeader("Date").setFlexGrow(0).setWidth("9em").setKey("date");
        grid.addColumn(ArticleSummary::unitCount).setHeader("Units").setFlexGrow(0).setWidth("6em")
                .setTextAlign(ColumnTextAlign.END).setKey("units");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ArticleView.class,
                new RouteParameters(ArticleView.ID, String.valueOf(e.getItem().id())))));
        grid.setAllRowsVisible(true);
        grid.addClassName("cb-library-grid");
        emptyState.addClassName("cb-empty");

        add(new H2("Library"), emptyState, grid);
        refresh();
    }

    /** Reloads the list; while the sample library is being imported, keeps reloading until it is done. */
    void refresh() {
        List<ArticleSummary> library = articles.library();
        grid.setItems(library);
        grid.setVisible(!library.isEmpty());
        boolean seeding = seeds != null && seeds.isRunning();
        emptyState.setVisible(library.isEmpty() || seeding);
        if (seeding) {
            emptyState.setText(library.isEmpty()
                    ? "Importing the sample articles… they appear here in a moment."
                    : "Importing more sample articles…");
        } else {
            emptyState.setText("The library is empty. Articles you import will appear here.");
        }
        getUI().ifPresent(ui -> ui.setPollInterval(seeding ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private static RouterLink headingLink(ArticleSummary article) {
        var link = new RouterLink(article.heading(), ArticleView.class,
                new RouteParameters(ArticleView.ID, String.valueOf(article.id())));
        link.addClassName("cb-article-link");
        return link;
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
