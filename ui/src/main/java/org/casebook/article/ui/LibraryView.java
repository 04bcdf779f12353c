package org.casebook.article.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casebook.article.ArticleService;
import org.casebook.article.ArticleSummary;
import org.casebook.article.LibraryImport;
import org.casebook.article.LibraryQuery;
import org.casebook.motion.MotionService;
import org.casebook.seed.SeedLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The library: search and filters over every article, a lazily paged list (the service returns one slice at a
 * time), and the import dialog. Polls while the sample library is seeded or an import runs.
 */
@PermitAll
@Route("")
@PageTitle("Library · Casebook")
@StyleSheet("styles/library.css")
class LibraryView extends Main {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    private static final int POLL_MILLIS = 1000;

    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph();
    final Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());
    final LibraryFilters filters;
    final ImportDialog importDialog;
    final Span importStatus = new Span();
    private final ArticleService articles;
    private final MotionService motions;
    private final @Nullable SeedLoader seeds;
    private @Nullable Registration polling;
    private LibraryQuery query = LibraryQuery.all();
    private long knownCount = -1;
    private boolean wasSeeding;

    LibraryView(ArticleService articles, MotionService motions, LibraryImport imports,
            ObjectProvider<SeedLoader> seeds) {
        this.articles = articles;
        this.motions = motions;
        this.seeds = seeds.getIfAvailable();
        addClassNames("cb-page", "cb-library");
        filters = new LibraryFilters(q -> {
            query = q;
            grid.getDataProvider().refreshAll();
            showEmptyState();
        });
        importDialog = new ImportDialog(imports, this::poll);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importDialog.open());
        importDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });

        grid.addComponentColumn(LibraryView::headingLink).setHeader("Article").setFlexGrow(4).setKey("heading");
        grid.addColumn(a -> orDash(a.publication())).setHeader("Outlet").setFlexGrow(1).setKey("outlet");
        grid.addColumn(a -> a.published() == null ? "—" : DATE.format(a.published()))
                .setHeader("Date").setFlexGrow(0).setWidth("9em").setKey("date");
        grid.addColumn(ArticleSummary::unitCount).setHeader("Units").setFlexGrow(0).setWidth("6em")
                .setTextAlign(ColumnTextAlign.END).setKey("units");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ArticleView.class,
                new RouteParameters(ArticleView.ID, String.valueOf(e.getItem().id())))));
        grid.setItems(q -> articles.page(query, q.getOffset(), q.getLimit()).articles().stream());
        grid.setPageSize(50);
        grid.addClassName("cb-library-grid");
        emptyState.addClassName("cb-empty");

        importStatus.addClassName("cb-import-headline");
        importStatus.getElement().setAttribute("aria-live", "polite");
        var heading = new Div(new H2("Library"), importStatus, importButton);
        heading.addClassName("cb-library-heading");
        add(heading, filters, emptyState, grid);
        refresh();
    }

    /** Reloads the list when the library changed, and keeps polling while seeding or importing. */
    void refresh() {
        long count = articles.count();
        boolean seeding = seeding();
        if (count != knownCount || seeding != wasSeeding) {
            knownCount = count;
            wasSeeding = seeding;
            filters.offer(articles.outlets(), motions.allMotions());
            grid.getDataProvider().refreshAll();
            showEmptyState(); // not on every poll: a search by meaning reads every unit's vector
        }
        importDialog.update();
        importStatus.setText(importDialog.headline());
        getUI().ifPresent(ui -> ui.setPollInterval(seeding() || importDialog.running() ? POLL_MILLIS : -1));
    }

    private void poll() {
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    private boolean seeding() {
        return seeds != null && seeds.isRunning();
    }

    private void showEmptyState() {
        boolean libraryEmpty = knownCount == 0;
        boolean noMatch = !libraryEmpty && articles.page(query, 0, 1).isEmpty();
        grid.setVisible(!libraryEmpty && !noMatch);
        filters.setVisible(!libraryEmpty || filters.narrowing());
        emptyState.setVisible(libraryEmpty || noMatch || seeding());
        if (seeding()) {
            emptyState.setText(libraryEmpty ? "Importing the sample articles… they appear here in a moment."
                    : "Importing more sample articles…");
        } else if (libraryEmpty) {
            emptyState.setText("The library is empty. Choose Import to upload files (or a .zip of them), paste "
                    + "text, or give a web address.");
        } else if (noMatch) {
            emptyState.setText(query.searching() && query.mode() == LibraryQuery.Mode.WORDS
                    ? "No article matches. Try other words, search by meaning, or clear the filters."
                    : "No article matches these filters. Clear some of them to see more.");
        }
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
