package org.casebook.motion.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.Supplier;
import org.casebook.account.Callers;
import org.casebook.account.Role;
import org.casebook.motion.MotionService;
import org.casebook.motion.MotionSummary;

/**
 * The motions: create one (its stances for the whole library are computed in the background, with progress shown),
 * edit its words, archive or restore it, and open its board.
 */
@PermitAll
@Route("motions")
@PageTitle("Motions · Casebook")
class MotionsView extends Main {
    final TextArea motionText = new TextArea("New motion");
    final Button create = new Button("Create motion");
    final ProgressBar working = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Grid<MotionSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph("No motions yet. Write one above, e.g. \"This house would ban "
            + "smoking in public places\", and Casebook sorts every article's arguments for and against it.");
    private final MotionService motions;
    private final Callers callers;
    private final boolean teacher;

    MotionsView(MotionService motions, Callers callers) {
        this.motions = motions;
        this.callers = callers;
        this.teacher = callers.current().map(c -> c.role() == Role.TEACHER).orElse(false);
        addClassNames("cb-page", "cb-motions");
        motionText.setMaxLength(MotionService.TEXT_MAX_LENGTH);
        motionText.setPlaceholder("This house would …");
        motionText.setWidthFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createMotion());
        working.setIndeterminate(true);
        working.setVisible(false);
        working.getElement().setAttribute("aria-label", "Computing stances");
        status.addClassName("cb-status");
        emptyState.addClassName("cb-empty");

        grid.addComponentColumn(MotionsView::boardLink).setHeader("Motion").setFlexGrow(4).setKey("text");
        grid.addColumn(m -> m.archived() ? "Archived" : "Active").setHeader("Status").setFlexGrow(0)
                .setWidth("8em").setKey("status");
        if (teacher) { // students read motions; teachers write them
            grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(0).setWidth("15em")
                    .setKey("actions");
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        var form = new Div(motionText, new HorizontalLayout(create), working, status);
        form.addClassName("cb-form");
        form.setVisible(teacher);
        add(new H2("Motions"), form, emptyState, grid);
        refresh();
    }

    void refresh() {
        var all = motions.allMotions();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        emptyState.setVisible(all.isEmpty());
    }

    private void createMotion() {
        String text = motionText.getValue();
        if (text.isBlank()) {
            motionText.setInvalid(true);
            motionText.setErrorMessage("Write the motion first.");
            return;
        }
        motionText.setInvalid(false);
        inBackground(() -> motions.create(text), "Computing the stance of every argument in the library…",
                created -> {
                    motionText.clear();
                    status.setText("Created. Open its board to see both sides.");
                });
    }

    private void inBackground(Supplier<MotionSummary> work, String message,
            java.util.function.Consumer<MotionSummary> done) {
        UI ui = UI.getCurrent();
        create.setEnabled(false);
        working.setVisible(true);
        status.setText(message);
        ui.setPollInterval(500);
        callers.inBackground(work).whenComplete((result, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            create.setEnabled(true);
            working.setVisible(false);
            if (error != null) {
                status.setText("");
                var cause = error.getCause() != null ? error.getCause() : error;
                Notification.show(cause instanceof IllegalArgumentException ? cause.getMessage()
                        : "The motion could not be saved. Please try again.", 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                done.accept(result);
            }
            refresh();
        }));
    }

    private HorizontalLayout actions(MotionSummary motion) {
        var edit = new Button("Edit", e -> new MotionEditDialog(motion, text ->
                inBackground(() -> motions.edit(motion.id(), text), "Computing the stances again…",
                        m -> status.setText("Saved."))).open());
        edit.setAriaLabel("Edit motion: " + motion.text());
        var archive = new Button(motion.archived() ? "Restore" : "Archive", e -> {
            motions.archive(motion.id(), !motion.archived());
            refresh();
        });
        archive.setAriaLabel((motion.archived() ? "Restore" : "Archive") + " motion: " + motion.text());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, archive);
    }

    private static RouterLink boardLink(MotionSummary motion) {
        var link = new RouterLink(motion.text(), MotionBoardView.class,
                new RouteParameters(MotionBoardView.ID, String.valueOf(motion.id())));
        link.addClassName("cb-motion-link");
        return link;
    }
}
