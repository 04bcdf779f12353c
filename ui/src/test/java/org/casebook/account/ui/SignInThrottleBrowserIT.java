package org.casebook.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.casebook.account.AccountService;
import org.casebook.account.Role;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing on the real sign-in page: after five wrong passwords the user name is refused, the right
 * password too, with a message saying how long to wait; another user signs in as usual. Screenshot in
 * {@code target/screenshots/signin-paused.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class SignInThrottleBrowserIT {
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @Test
    void fiveWrongPasswordsPauseSignInForThatUserNameOnly() {
        String guessed = "guessed" + Long.toString(System.nanoTime(), 36);
        Accounts.ensure(accounts, guessed, "Guessed", Role.STUDENT);
        Page page = CHROMIUM.browser().newContext().newPage();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            attempt(page, guessed, "wrong guess " + i);
            page.getByText("Incorrect username or password").first().waitFor();
        }

        attempt(page, guessed, Accounts.PASSWORD);
        page.getByText("Too many wrong passwords for this user name. Try again in 15 minutes.").first().waitFor();
        assertThat(page.url()).contains("/login");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "signin-paused.png")));

        Accounts.ensureTeacher(accounts);
        Accounts.signIn(page, url(), Accounts.TEACHER);
        page.context().close();
    }

    private void attempt(Page page, String username, String password) {
        Accounts.submitSignIn(page, url(), username, password);
        page.waitForURL(url -> url.contains("error"));
    }

    private String url() {
        return "http://localhost:" + port + "/";
    }
}
