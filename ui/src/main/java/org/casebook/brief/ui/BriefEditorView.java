package org.casebook.brief.ui;

import jakarta.annotation.security.PermitAll;
import org.casebook.base.ui.RouteIds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefReview;
import org.casebook.brief.BriefWork;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.BriefService;
import org.casebook.brief.export.BriefExporter;
import org.casebook.brief.export.ExportFormat;
import org.casebook.classroom.TeamNames;
import org.jspecify.annotations.Nullable;

/**
 * The brief editor: the brief's columns side by side (one for a one-sided brief), each a list of cards, headings
 * and notes that can be dragged within and between columns (or moved with buttons, from the keyboard). Every
 * change is saved at once through the presenter; when someone else changed the brief, a banner says so and offers
 * to reload.
 */
@PermitAll
@Route("briefs/:id")
class BriefEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    final TextField title = new TextField("Title");
    final Paragraph status = new Paragraph();
    final Div conflict = new Div();
    final Button reload = new Button("Reload", VaadinIcon.REFRESH.create());
    final Div columns = new Div();
    final Button exportPdf = new Button("Export PDF", VaadinIcon.DOWNLOAD.create());
    final Button exportDocx = new Button("Export DOCX", VaadinIcon.DOWNLOAD.create());
    final Anchor exportPdfLink;
    final Anchor exportDocxLink;
    private final Div toolbar = new Div();
    final Map<Long, EntryCard> cards;
    final Map<BriefColumn, Div> columnLists;
    final BriefAssignment assignment;
    private final BriefPresenter presenter;
    private final BriefColumns columnParts;
    private final BriefService briefs;
    private @Nullable BriefWork access;
    private String pageTitle = "Brief · Casebook";

    BriefEditorView(BriefService briefs, BriefReview review, BriefExporter exporter) {
        this.presenter = new BriefPresenter(briefs);
        this.columnParts = new BriefColumns(presenter, this::saved);
        this.cards = columnParts.cards;
        this.columnLists = columnParts.lists;
        this.briefs = briefs;
        this.assignment = new BriefAssignment(briefs, review, presenter::brief, this::report, this::reopen);
        exportPdfLink = BriefDownloads.link(exportPdf, exporter, ExportFormat.PDF, presenter::brief);
        exportDocxLink = BriefDownloads.link(exportDocx, exporter, ExportFormat.DOCX, presenter::brief);
        toolbar.addClassName("cb-brief-toolbar");
        toolbar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        toolbar.add(exportPdfLink, exportDocxLink);
        addClassNames("cb-page", "cb-brief");
        title.setMaxLength(BriefService.TITLE_MAX_LENGTH);
        title.setWidth("min(40rem, 100%)");
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saved(presenter.rename(e.getValue()), false);
            }
        });
        status.addClassName("cb-status");
        status.getElement().setAttribute("role", "status");
        conflict.addClassName("cb-conflict");
        conflict.getElement().setAttribute("role", "alert");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            presenter.reload();
            render();
            status.setText("Reloaded: this is the brief as it is now.");
        });
        conflict.add(new Span(BriefPresenter.CONFLICT), reload);
        conflict.setVisible(false);
        columns.addClassName("cb-brief-columns");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var read = RouteIds.read(event, ID);
        if (read.isEmpty()) {
            return;
        }
        long id = read.getAsLong();
        if (presenter.open(id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        access = briefs.work(id).orElse(null);
        if (VaadinSession.getCurrent() != null && editable()) {
            VaadinSession.getCurrent().setAttribute(AddToBriefDialog.LAST_BRIEF, id);
        }
        render();
    }

    void render() {
        BriefDocument brief = presenter.brief();
        removeAll();
        columnParts.clear();
        pageTitle = brief.title() + " · Casebook";
        title.setValue(brief.title());
        var back = new RouterLink("← Briefs", BriefsView.class);
        back.addClassName("cb-back");
        var motion = new Paragraph((brief.motionText() == null ? "No motion"
                : "Motion: " + brief.motionText() + " · " + sideWords(brief))
                + (brief.teamName() == null ? "" : " · " + TeamNames.label(brief.teamName())));
        motion.addClassName("cb-meta");
        columns.removeAll();
        boolean two = brief.side().columns().size() == 2;
        columns.getElement().getClassList().set("cb-two", two);
        for (BriefColumn column : brief.side().columns()) {
            columns.add(columnParts.column(brief, column, two));
        }
        add(back, title, motion, assignment.work, toolbar, conflict, status);
        title.setReadOnly(!editable());
        toolbar.add(assignment.submit);
        assignment.render(brief, access, cards).forEach(this::add);
        if (!editable()) {
            readOnly();
        }
        add(columns);
        conflict.setVisible(presenter.inConflict());
    }

    private boolean editable() {
        return access != null && access.canEdit();
    }

    /** A brief the viewer may not change: no editing on the cards, no adding or dropping in the columns. */
    private void readOnly() {
        cards.values().forEach(EntryCard::readOnly);
        columns.getChildren().forEach(section -> section.getElement().getChildren()
                .filter(e -> e.getClassList().contains("cb-adders") || e.getClassList().contains("cb-drop-end"))
                .forEach(e -> e.setVisible(false)));
    }

    private void report(String words, boolean failure) {
        status.setText(words);
        status.getElement().getClassList().set("cb-error", failure);
    }

    private void reopen() {
        long id = presenter.brief().id();
        presenter.open(id);
        access = briefs.work(id).orElse(null);
        render();
    }

    /** Reports the outcome; a change of order or content redraws the columns. */
    private void saved(boolean saved, boolean redraw) {
        if (saved && redraw) {
            render();
        }
        conflict.setVisible(presenter.inConflict());
        String problem = presenter.problem();
        status.setText(saved ? "All changes saved." : problem == null || presenter.inConflict() ? "" : problem);
        status.getElement().getClassList().set("cb-error", !saved && problem != null);
    }

    private static String sideWords(BriefDocument brief) {
        return switch (brief.side()) {
            case PRO -> "Pro side";
            case CON -> "Con side";
            case BOTH -> "Both sides";
        };
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
