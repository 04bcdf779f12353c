package org.casebook.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casebook.account.AccountService;
import org.casebook.account.Callers;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;
import org.casebook.classroom.ClassroomService;

/**
 * Sign up as a student or a teacher. A student may type their class's join code now (checked before the account
 * is made) or join later on the Classes page.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · Casebook")
@AnonymousAllowed
class SignUpView extends Main {
    final AccountFields fields = new AccountFields();
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>("I am a");
    final TextField joinCode = new TextField("Join code (optional)");
    final Button signUp = new Button("Sign up");
    final Paragraph problem = new Paragraph();
    private final AccountService accounts;
    private final ClassroomService classes;
    private final Callers callers;

    SignUpView(AccountService accounts, ClassroomService classes, Callers callers) {
        this.accounts = accounts;
        this.classes = classes;
        this.callers = callers;
        addClassNames("cb-page", "cb-signup");
        role.setItems(Role.STUDENT, Role.TEACHER);
        role.setItemLabelGenerator(r -> r == Role.STUDENT ? "Student" : "Teacher");
        role.setValue(Role.STUDENT);
        role.addValueChangeListener(e -> joinCode.setVisible(e.getValue() == Role.STUDENT));
        joinCode.setHelperText("From your teacher; you can also join a class later.");
        problem.addClassNames("cb-status", "cb-error");
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.addClickListener(e -> signUp());
        joinCode.setWidthFull();
        add(new H1("Sign up"), role, fields, joinCode, new Div(signUp), problem,
                new RouterLink("Have an account? Sign in", LoginView.class));
    }

    private void signUp() {
        var request = fields.signUp(role.getValue());
        if (request == null) {
            return;
        }
        String code = role.getValue() == Role.STUDENT ? joinCode.getValue().strip() : "";
        try {
            if (!code.isEmpty() && !classes.codeExists(code)) {
                throw new IllegalArgumentException("No class has the join code \"" + code
                        + "\". Check it with your teacher, or leave it empty and join later.");
            }
            var account = accounts.signUp(request);
            if (!code.isEmpty()) {
                callers.run(account.caller(), () -> classes.join(code));
            }
            UI.getCurrent().navigate("login", QueryParameters.of("created", ""));
        } catch (IllegalArgumentException | NotAllowedException e) {
            problem.setText(e.getMessage());
        }
    }
}
