package org.casebook.article.ui;

import jakarta.annotation.security.PermitAll;
import org.casebook.base.ui.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.casebook.article.ArticleDetails;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.casebook.article.ArticleReanalysis;
import org.casebook.article.ArticleService;
import org.casebook.article.UnitCorrections;
import org.casebook.brief.BriefService;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;
import org.jspecify.annotations.Nullable;

/**
 * The reader: an article's text with its units highlighted (role and stance by colour and by a written label;
 * speaker on hover), beside the list of its units, each with its corrections. Words selected in the text become a
 * new unit; a unit's boundaries can be moved; Re-analyse runs the analysis again in the background, keeping every
 * correction. All imported text goes into text nodes, so it is never interpreted as HTML.
 */
@PermitAll
@Route("articles/:id")
class ArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    private final ArticleService articles;
    private final MotionService motions;
    private final UnitCorrections corrections;
    private final BriefService briefs;
    private final ArticleReanalysis reanalysis;
    private final Callers callers;
    /** Whether the signed-in person may change this article's units (else the correcting controls are left out). */
    private boolean editable;
    final Button newUnit = new Button("New unit from selection");
    final Button reanalyse = new Button("Re-analyse");
    final ProgressBar working = new ProgressBar();
    final Span status = new Span();
    /** The words last selected in the text, as [start, end) of the body; null before any selection. */
    int @Nullable [] selection;
    private Registration newUnitListener = () -> {};
    private Registration reanalyseListener = () -> {};
    private String title = "Article · Casebook";

    ArticleView(ArticleService articles, MotionService motions, UnitCorrections corrections, BriefService briefs,
            ArticleReanalysis reanalysis, Callers callers) {
        this.callers = callers;
        this.articles = articles;
        this.motions = motions;
        this.corrections = corrections;
        this.briefs = briefs;
        this.reanalysis = reanalysis;
        addClassNames("cb-page", "cb-reader");
        newUnit.setTooltipText("Select words in the text, then make them a claim or evidence");
        reanalyse.setTooltipText("Run the analysis on this article again; your corrections are kept");
        working.setIndeterminate(true);
        working.setVisible(false);
        working.getElement().setAttribute("aria-label", "Analysing the article again");
        status.addClassName("cb-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var read = RouteIds.read(event, ID);
        if (read.isEmpty()) {
            return;
        }
        long id = read.getAsLong();
        if (articles.details(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(id);
    }

    /** Shows the article as stored now (again after a correction). */
    private void show(long id) {
        articles.details(id).ifPresent(article -> {
            editable = articles.canCorrect(id);
            List<MotionSummary> active = motions.activeMotions();
            render(article, active.isEmpty() ? null : active.getFirst());
        });
    }

    private void render(ArticleDetails article, @Nullable MotionSummary motion) {
        removeAll();
        selection = null;
        title = article.heading() + " · Casebook";
        var back = new RouterLink("← Library", LibraryView.class);
        back.addClassName("cb-back");
        var heading = new H2(article.heading());
        heading.addClassName("cb-reader-title");
        add(back, heading, ReaderHeader.meta(article), ReaderHeader.legend(motion), toolbar(article, motion));

        Long motionId = motion == null ? null : motion.id();
        var text = new ReaderText(article, motionId, (start, end) -> selection = new int[] {start, end});
        var body = new Div(text, new UnitList(article, motion, text, editable, corrections, briefs,
                () -> show(article.id())));
        body.addClassName("cb-reader-body");
        add(body);
    }

    private Component toolbar(ArticleDetails article, @Nullable MotionSummary motion) {
        newUnitListener.remove();
        newUnitListener = newUnit.addClickListener(e -> {
            int[] selected = selection;
            if (selected == null) {
                status.setText("Select words in the article's text first (drag over them, or double-click a word), "
                        + "then press this button.");
                return;
            }
            UnitSpanDialog.newUnit(corrections, article.id(), article.body(), selected[0], selected[1],
                    motion == null ? null : motion.id(), () -> show(article.id())).open();
        });
        reanalyseListener.remove();
        reanalyseListener = reanalyse.addClickListener(e -> reanalyse(article.id()));
        var bar = new Div(newUnit, reanalyse, working, status);
        bar.addClassName("cb-reader-toolbar");
        if (!editable) {
            bar.removeAll();
            bar.add(new Paragraph("You can read this article and add its units to your briefs; only the person who "
                    + "imported it (a teacher, for the sample library) corrects it."));
        }
        return bar;
    }

    /** Analyses the article again in the background; the person's corrections are kept. */
    private void reanalyse(long articleId) {
        UI ui = UI.getCurrent();
        reanalyse.setEnabled(false);
        working.setVisible(true);
        status.setText("Analysing the article again… your corrections are kept.");
        ui.setPollInterval(500);
        callers.inBackground(() -> reanalysis.reanalyse(articleId))
                .whenComplete((result, error) ->
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    reanalyse.setEnabled(true);
                    working.setVisible(false);
                    if (error != null) {
                        var cause = error.getCause() != null ? error.getCause() : error;
                        status.setText(cause instanceof IllegalArgumentException ? cause.getMessage()
                                : cause instanceof NotAllowedException ? "Not allowed: " + cause.getMessage()
                                : "The article could not be analysed again; nothing was changed. Please try again.");
                        return;
                    }
                    show(articleId);
                    status.setText("Analysed again: %d units found; %d you made or corrected kept as they are%s."
                            .formatted(result.found(), result.kept(), result.stillDeleted() == 0 ? ""
                                    : "; " + result.stillDeleted() + " you deleted stay deleted"));
                }));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
