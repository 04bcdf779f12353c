package org.casebook.browser;

import com.microsoft.playwright.Page;
import org.casebook.account.AccountService;
import org.casebook.account.AccountSummary;
import org.casebook.account.Role;
import org.casebook.account.SignUp;

/**
 * Accounts for the browser tests, made through the real service, and signing in through the real sign-in page.
 * "teacher" is the first teacher whichever test runs first (so it owns the sample brief); every password is
 * {@link #PASSWORD}.
 */
public final class Accounts {
    public static final String TEACHER = "teacher";
    public static final String PASSWORD = "correct horse battery";

    private Accounts() {}

    /** The first teacher account (made on first use). */
    public static void ensureTeacher(AccountService accounts) {
        if (accounts.credentials(TEACHER).isEmpty()) {
            var signUp = new SignUp(TEACHER, "Tess Teacher", PASSWORD, Role.TEACHER);
            if (accounts.hasAccounts()) {
                accounts.signUp(signUp);
            } else {
                accounts.createFirstTeacher(signUp);
            }
        }
    }

    /** An account with this user name and role (made on first use). */
    public static void ensure(AccountService accounts, String username, String name, Role role) {
        ensureTeacher(accounts);
        if (accounts.credentials(username).isEmpty()) {
            accounts.signUp(new SignUp(username, name, PASSWORD, role));
        }
    }

    /** Signs in on the sign-in page at {@code baseUrl}/login and waits to land inside the app. */
    public static void signIn(Page page, String baseUrl, String username) {
        signIn(page, baseUrl, username, PASSWORD);
    }

    public static void signIn(Page page, String baseUrl, String username, String password) {
        submitSignIn(page, baseUrl, username, password);
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        page.locator(".cb-sign-out").waitFor();
    }

    /** Fills in and sends the sign-in form at {@code baseUrl}/login, without waiting for where it leads. */
    public static void submitSignIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first()
                .click();
    }

    /** The service's view of an account, for tests that call services as someone. */
    public static AccountSummary summary(AccountService accounts, String username) {
        var c = accounts.credentials(username).orElseThrow();
        return new AccountSummary(c.accountId(), c.username(), c.displayName(), c.role());
    }
}
