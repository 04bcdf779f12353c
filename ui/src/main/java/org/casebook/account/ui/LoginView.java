package org.casebook.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casebook.account.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in. Before any account exists, it sends the visitor to create the first teacher account instead; it links to
 * sign-up. After too many wrong passwords for a user name it says that sign-in is paused, and for how long.
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
        login.setI18n(params.containsKey("error") ? messages(lastFailure()) : LoginI18n.createDefault());
        notice.setText(params.containsKey("created") ? "Your account is ready: sign in." : "");
    }

    /** Why the last sign-in failed, as Spring Security left it in the session; read once. */
    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return null;
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    /** The form's texts; a refusal after too many wrong passwords says so, with how long to wait. */
    static LoginI18n messages(@Nullable Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        if (failure instanceof LockedException locked && i18n.getErrorMessage() != null) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage().setMessage(locked.getMessage());
        }
        return i18n;
    }
}
