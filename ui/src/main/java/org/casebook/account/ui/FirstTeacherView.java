package org.casebook.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casebook.account.AccountService;
import org.casebook.account.NotAllowedException;
import org.casebook.account.Role;

/** First start: no account exists yet, so the first person creates the first teacher account (no default one). */
@Route(value = "welcome", autoLayout = false)
@PageTitle("Welcome · Casebook")
@AnonymousAllowed
class FirstTeacherView extends Main implements BeforeEnterObserver {
    final AccountFields fields = new AccountFields();
    final Button create = new Button("Create teacher account");
    final Paragraph problem = new Paragraph();
    private final AccountService accounts;

    FirstTeacherView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("cb-page", "cb-welcome");
        problem.addClassNames("cb-status", "cb-error");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        add(new H1("Welcome to Casebook"), new Paragraph("There are no accounts yet. Create the first one: a "
                + "teacher's, who makes classes and assignments. Students sign up afterwards."),
                fields, create, problem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.hasAccounts()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        var signUp = fields.signUp(Role.TEACHER);
        if (signUp == null) {
            return;
        }
        try {
            accounts.createFirstTeacher(signUp);
            UI.getCurrent().navigate("login", QueryParameters.of("created", ""));
        } catch (IllegalArgumentException | NotAllowedException e) {
            problem.setText(e.getMessage());
        }
    }
}
