package org.casebook.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casebook.account.AccountService;

/**
 * Sign in. Before any account exists, it sends the visitor to create the first teacher account instead; it links to
 * sign-up.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Casebook")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {
    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();
    private final AccountService accounts;

    LoginView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("cb-page", "cb-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        notice.addClassName("cb-status");
        var signUp = new RouterLink("No account yet? Sign up", SignUpView.class);
        signUp.addClassName("cb-signup-link");
        add(new H1("Casebook"), notice, login, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.hasAccounts()) {
            event.forwardTo(FirstTeacherView.class);
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        notice.setText(params.containsKey("created") ? "Your account is ready: sign in." : "");
    }
}
