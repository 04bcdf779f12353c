package org.casebook.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casebook.account.AccountService;
import org.casebook.account.NotAllowedException;
import org.casebook.base.ui.RouteIds;
import org.casebook.classroom.AssignmentService;
import org.casebook.classroom.AssignmentSummary;
import org.casebook.classroom.ClassSummary;
import org.casebook.classroom.ClassroomService;
import org.casebook.motion.MotionService;
import org.jspecify.annotations.Nullable;

/**
 * One class, for its teacher: the join code, the students and their teams (form teams, or spread the students
 * evenly at random; a new password for a student who forgot theirs), a form to assign a motion and side, and every
 * assignment with its status, the brief to open when started, and "Switch sides" for the next round.
 */
@Route("classes/:id")
@RolesAllowed("TEACHER")
class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    final Span joinCode = new Span();
    final Grid<ClassSummary.Student> students = new Grid<>();
    final TextField teamName = new TextField("New team");
    final Button addTeam = new Button("Add team");
    final IntegerField teamCount = new IntegerField("Number of teams");
    final Button spread = new Button("Spread students at random");
    final AssignmentForm assignForm;
    final Grid<AssignmentSummary> assignments = new Grid<>();
    final Paragraph status = new Paragraph();
    private final ClassroomService classes;
    private final AssignmentService assignmentService;
    private final AccountService accounts;
    private final H2 title = new H2();
    private long classId;
    private @Nullable ClassSummary current;
    private String pageTitle = "Class · Casebook";

    ClassView(ClassroomService classes, AssignmentService assignmentService, MotionService motions,
            AccountService accounts) {
        this.classes = classes;
        this.accounts = accounts;
        this.assignmentService = assignmentService;
        this.assignForm = new AssignmentForm(motions);
        addClassNames("cb-page", "cb-class");
        joinCode.addClassName("cb-join-code");
        status.addClassName("cb-status");
        status.getElement().setAttribute("role", "status");

        students.addColumn(ClassSummary.Student::name).setHeader("Student").setKey("name");
        students.addColumn(ClassSummary.Student::username).setHeader("User name").setKey("username");
        students.addComponentColumn(this::teamSelect).setHeader("Team").setKey("team");
        students.addComponentColumn(s -> NewPasswordDialog.opener(accounts, s)).setHeader("Password")
                .setKey("password");
        students.setAllRowsVisible(true);
        students.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addTeam.addClickListener(e -> act(() -> {
            classes.addTeam(classId, teamName.getValue());
            teamName.clear();
        }));
        teamCount.setMin(1);
        teamCount.setValue(2);
        teamCount.setStepButtonsVisible(true);
        spread.addClickListener(e -> act(() -> classes.spreadIntoTeams(classId,
                Objects.requireNonNullElse(teamCount.getValue(), 0))));

        assignForm.assign.addClickListener(e -> act(() -> {
            var made = assignmentService.assign(assignForm.command(classId));
            status.setText("Assigned to " + made.assignee() + ".");
        }));
        assignments.addColumn(AssignmentSummary::assignee).setHeader("To").setKey("assignee");
        assignments.addColumn(AssignmentSummary::motionText).setHeader("Motion").setFlexGrow(3).setKey("motion");
        assignments.addColumn(a -> AssignmentLabels.side(a.side()) + (a.round() > 1 ? " · round " + a.round() : ""))
                .setHeader("Side").setKey("side");
        assignments.addColumn(a -> AssignmentLabels.DAY.format(a.dueOn())).setHeader("Due").setKey("due");
        assignments.addComponentColumn(AssignmentLabels::badge).setHeader("Status").setKey("status");
        assignments.addComponentColumn(this::actions).setFlexGrow(2).setKey("actions");
        assignments.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        assignments.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var read = RouteIds.read(event, ID);
        if (read.isEmpty()) {
            return;
        }
        classId = read.getAsLong();
        var found = classes.find(classId).filter(c -> c.joinCode() != null);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var back = new RouterLink("← Classes", ClassesView.class);
        back.addClassName("cb-back");
        add(back, title, new Paragraph(new Span("Join code: "), joinCode), status,
                new H3("Students and teams"), students, teamForm(), new H3("Assign a motion"), assignForm,
                new H3("Assignments"), assignments);
        render(found.get());
    }

    private Component teamForm() {
        var form = new Div(teamName, addTeam, teamCount, spread);
        form.addClassNames("cb-form", "cb-form-row");
        return form;
    }

    private void render(ClassSummary c) {
        current = c;
        pageTitle = c.name() + " · Casebook";
        title.setText(c.name());
        joinCode.setText(String.valueOf(c.joinCode()));
        students.setItems(c.students());
        assignForm.offer(assignees(c));
        assignments.setItems(assignmentService.forClass(classId));
    }

    private static List<Assignee> assignees(ClassSummary c) {
        var list = new ArrayList<Assignee>();
        c.teams().forEach(t -> list.add(new Assignee(null, t.id(), "Team: " + t.name())));
        c.students().forEach(s -> list.add(new Assignee(s.accountId(), null, "Student: " + s.name())));
        return list;
    }

    private Component teamSelect(ClassSummary.Student student) {
        var select = new Select<Long>();
        var c = java.util.Objects.requireNonNull(current, "class not shown yet");
        var ids = new ArrayList<Long>();
        ids.add(0L);
        c.teams().forEach(t -> ids.add(t.id()));
        select.setItems(ids);
        select.setItemLabelGenerator(id -> id == 0L ? "No team" : c.teams().stream().filter(t -> t.id() == id)
                .map(ClassSummary.TeamSummary::name).findFirst().orElse("?"));
        select.setValue(student.teamId() == null ? 0L : student.teamId());
        select.setAriaLabel("Team of " + student.name());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> classes.placeInTeam(classId, student.accountId(), e.getValue() == 0L ? null : e.getValue()));
            }
        });
        return select;
    }

    private Component actions(AssignmentSummary a) {
        var row = new Div();
        row.addClassName("cb-row-actions");
        if (a.briefId() != null) {
            row.add(AssignmentLabels.briefLink(a.briefId(), "Open brief"));
        }
        var switchSides = new Button("Switch sides", e -> act(() -> {
            var next = assignmentService.switchSides(a.id());
            status.setText("Round " + next.round() + " assigned to " + next.assignee() + ": "
                    + AssignmentLabels.side(next.side()) + ".");
        }));
        switchSides.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        switchSides.setAriaLabel("Switch sides for " + a.assignee());
        row.add(switchSides);
        return row;
    }

    private void act(Runnable action) {
        status.removeClassName("cb-error");
        status.setText("");
        try {
            action.run();
        } catch (IllegalArgumentException | NotAllowedException e) {
            status.setText(e.getMessage());
            status.addClassName("cb-error");
        }
        classes.find(classId).ifPresent(this::render);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
