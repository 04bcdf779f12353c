package org.casebook.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casebook.account.NotAllowedException;
import org.casebook.brief.BriefService;
import org.casebook.classroom.AssignmentService;
import org.casebook.classroom.AssignmentSummary;
import org.casebook.classroom.TeamNames;

/**
 * A student's assignments (their own and their team's): motion, side, due date, instructions and status; "Start
 * brief" creates the brief for that motion and side (once; after that "Open brief").
 */
@Route("assignments")
@PageTitle("My assignments · Casebook")
@RolesAllowed("STUDENT")
class MyAssignmentsView extends Main {
    final Grid<AssignmentSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph("No assignments yet. When your teacher assigns you a motion, it "
            + "shows here.");
    final Paragraph problem = new Paragraph();
    private final BriefService briefs;

    MyAssignmentsView(AssignmentService assignments, BriefService briefs) {
        this.briefs = briefs;
        addClassNames("cb-page", "cb-my-assignments");
        grid.addColumn(AssignmentSummary::motionText).setHeader("Motion").setFlexGrow(3).setKey("motion");
        grid.addColumn(a -> AssignmentLabels.side(a.side()) + (a.round() > 1 ? " · round " + a.round() : ""))
                .setHeader("Side").setKey("side");
        grid.addColumn(a -> (a.teamId() == null ? "You" : TeamNames.label(a.assignee())) + " · " + a.className())
                .setHeader("For").setKey("for");
        grid.addColumn(a -> AssignmentLabels.DAY.format(a.dueOn())).setHeader("Due").setKey("due");
        grid.addColumn(AssignmentSummary::instructions).setHeader("Instructions").setFlexGrow(2)
                .setKey("instructions");
        grid.addComponentColumn(AssignmentLabels::badge).setHeader("Status").setKey("status");
        grid.addComponentColumn(this::action).setKey("action");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        emptyState.addClassName("cb-empty");
        problem.addClassNames("cb-status", "cb-error");
        var all = assignments.mine();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        emptyState.setVisible(all.isEmpty());
        add(new H2("My assignments"), problem, emptyState, grid);
    }

    private Component action(AssignmentSummary a) {
        if (a.briefId() != null) {
            return new Div(AssignmentLabels.briefLink(a.briefId(), "Open brief"));
        }
        var start = new Button("Start brief", e -> {
            try {
                var brief = briefs.startAssignment(a.id());
                UI.getCurrent().navigate("briefs/" + brief.id());
            } catch (IllegalArgumentException | NotAllowedException ex) {
                problem.setText(ex.getMessage());
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        start.setAriaLabel("Start brief: " + a.motionText());
        return start;
    }
}
