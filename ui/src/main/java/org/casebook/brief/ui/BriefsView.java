package org.casebook.brief.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casebook.account.NotAllowedException;
import org.casebook.brief.BriefChangedException;
import org.casebook.brief.BriefService;
import org.casebook.brief.BriefSide;
import org.casebook.brief.BriefSummary;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;

/** The briefs: every brief with its motion, side and number of entries; a form to start one for a motion. */
@PermitAll
@Route("briefs")
@PageTitle("Briefs · Casebook")
class BriefsView extends Main {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final TextField title = new TextField("Title");
    final ComboBox<MotionSummary> motion = new ComboBox<>("Motion");
    final Select<BriefSide> side = new Select<>();
    final Button create = new Button("Create brief");
    final Grid<BriefSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph("No briefs yet. Give one a title, pick its motion and side, and "
            + "create it; then add cards from the motion's board.");
    final Paragraph problem = new Paragraph();
    private final BriefService briefs;

    BriefsView(BriefService briefs, MotionService motions) {
        this.briefs = briefs;
        addClassNames("cb-page", "cb-briefs");
        title.setMaxLength(BriefService.TITLE_MAX_LENGTH);
        title.setPlaceholder("e.g. Aid cuts: negative");
        motion.setItems(motions.activeMotions());
        motion.setItemLabelGenerator(MotionSummary::text);
        motion.setWidth("min(30rem, 100%)");
        motions.activeMotions().stream().findFirst().ifPresent(motion::setValue);
        side.setLabel("Side");
        side.setItems(BriefSide.values());
        side.setItemLabelGenerator(s -> switch (s) {
            case PRO -> "Pro only";
            case CON -> "Con only";
            case BOTH -> "Both sides";
        });
        side.setValue(BriefSide.BOTH);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        problem.addClassNames("cb-status", "cb-error");
        var form = new Div(title, motion, side, create);
        form.addClassNames("cb-form", "cb-form-row");

        grid.addComponentColumn(BriefsView::link).setHeader("Brief").setFlexGrow(2).setKey("title");
        grid.addColumn(b -> b.motionText() == null ? "—" : b.motionText()).setHeader("Motion").setFlexGrow(3)
                .setKey("motion");
        grid.addColumn(b -> b.side() == BriefSide.BOTH ? "Both" : b.side() == BriefSide.PRO ? "Pro" : "Con")
                .setHeader("Side").setFlexGrow(0).setWidth("6em").setKey("side");
        grid.addColumn(BriefSummary::entryCount).setHeader("Entries").setFlexGrow(0).setWidth("7em")
                .setKey("entries");
        grid.addColumn(b -> WHEN.format(b.updatedAt())).setHeader("Changed").setFlexGrow(0).setWidth("13em")
                .setKey("updated");
        grid.addComponentColumn(this::deleteButton).setFlexGrow(0).setWidth("7em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(new H2("Briefs"), form, problem, emptyState, grid);
        refresh();
    }

    void refresh() {
        var all = briefs.briefs();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        emptyState.setVisible(all.isEmpty());
    }

    private void create() {
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage("Give the brief a title.");
            return;
        }
        title.setInvalid(false);
        MotionSummary m = motion.getValue();
        var brief = briefs.create(title.getValue(), m == null ? null : m.id(), side.getValue());
        UI.getCurrent().navigate(BriefEditorView.class,
                new RouteParameters(BriefEditorView.ID, String.valueOf(brief.id())));
    }

    private Button deleteButton(BriefSummary brief) {
        var delete = new Button("Delete", e -> {
            try {
                briefs.delete(brief.id(), brief.version());
                problem.setText("");
            } catch (BriefChangedException ex) {
                problem.setText("Someone changed \"" + brief.title() + "\" meanwhile, so it was not deleted. "
                        + "Check it, then try again.");
            } catch (NotAllowedException ex) {
                problem.setText("\"" + brief.title() + "\" was not deleted: " + ex.getMessage() + ".");
            }
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete brief " + brief.title());
        return delete;
    }

    private static RouterLink link(BriefSummary brief) {
        var link = new RouterLink(brief.title(), BriefEditorView.class,
                new RouteParameters(BriefEditorView.ID, String.valueOf(brief.id())));
        link.addClassName("cb-brief-link");
        return link;
    }
}
