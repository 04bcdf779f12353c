package org.casebook.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.casebook.account.AccountService;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;
import org.casebook.classroom.ClassSummary;
import org.casebook.classroom.ClassroomService;

/**
 * Classes: a teacher creates classes and sees each one's join code; a student joins a class with a code and sees
 * the classes they are in (with their team).
 */
@Route("classes")
@PageTitle("Classes · Casebook")
@PermitAll
class ClassesView extends Main {
    final TextField name = new TextField("Class name");
    final Button create = new Button("Create class");
    final TextField code = new TextField("Join code");
    final Button join = new Button("Join class");
    final Grid<ClassSummary> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Paragraph emptyState = new Paragraph();
    private final ClassroomService classes;
    private final boolean teacher;

    ClassesView(ClassroomService classes, AccountService accounts) {
        this.classes = classes;
        this.teacher = accounts.me().map(a -> a.role() == Role.TEACHER).orElse(false);
        addClassNames("cb-page", "cb-classes");
        status.addClassName("cb-status");
        status.getElement().setAttribute("role", "status");
        var form = new Div();
        form.addClassNames("cb-form", "cb-form-row");
        if (teacher) {
            name.setMaxLength(ClassroomService.NAME_MAX_LENGTH);
            name.setPlaceholder("e.g. Debate 10A");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> act(() -> {
                var made = classes.create(name.getValue());
                name.clear();
                status.setText("Class \"" + made.name() + "\" created. Its join code is " + made.joinCode()
                        + ": give it to your students.");
            }));
            form.add(name, create);
            grid.addComponentColumn(ClassesView::link).setHeader("Class").setFlexGrow(2).setKey("name");
            grid.addComponentColumn(c -> {
                var joinCode = new Span(String.valueOf(c.joinCode()));
                joinCode.addClassName("cb-join-code");
                return joinCode;
            }).setHeader("Join code").setKey("code");
            grid.addColumn(c -> c.students().size()).setHeader("Students").setKey("students");
            grid.addColumn(c -> c.teams().size()).setHeader("Teams").setKey("teams");
            emptyState.setText("No classes yet. Name one and create it; you get a join code for your students.");
        } else {
            code.setPlaceholder("from your teacher");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.addClickListener(e -> act(() -> {
                var joined = classes.join(code.getValue());
                code.clear();
                status.setText("You joined \"" + joined.name() + "\".");
            }));
            form.add(code, join);
            grid.addColumn(ClassSummary::name).setHeader("Class").setFlexGrow(2).setKey("name");
            grid.addColumn(ClassSummary::teacherName).setHeader("Teacher").setKey("teacher");
            grid.addColumn(c -> c.myTeam() == null ? "—" : c.myTeam()).setHeader("Your team").setKey("team");
            emptyState.setText("You are in no class yet. Type the join code your teacher gave you.");
        }
        emptyState.addClassName("cb-empty");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(new H2("Classes"), form, status, emptyState, grid);
        refresh();
    }

    private void act(Runnable action) {
        status.removeClassName("cb-error");
        try {
            action.run();
        } catch (IllegalArgumentException | NotAllowedException e) {
            status.setText(e.getMessage());
            status.addClassName("cb-error");
        }
        refresh();
    }

    void refresh() {
        var mine = classes.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        emptyState.setVisible(mine.isEmpty());
    }

    private static RouterLink link(ClassSummary c) {
        var link = new RouterLink(c.name(), ClassView.class, new RouteParameters(ClassView.ID, String.valueOf(c.id())));
        link.addClassName("cb-class-link");
        return link;
    }
}
