package org.casebook.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.casebook.account.AccountService;
import org.casebook.account.Role;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.browser.Classrooms;
import org.casebook.browser.SampleBoard;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The classroom journey in Chromium, two people in two browser sessions: on a first start the teacher creates the
 * first account (when no test made one before); the teacher creates a class and gets its join code; a student
 * signs up with the code; the teacher assigns the student the sample motion's PRO side; the student starts the
 * brief from "My assignments", adds a card from the board and submits; the teacher opens the brief read-only,
 * comments on the card and returns it; the student sees the comment. The teacher sets a new password for the
 * student, who signs in with it. Another student's export link answers 404.
 * Screenshots in {@code target/screenshots/class-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class ClassroomJourneyBrowserIT {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @Test
    void aTeacherAssignsAStudentBuildsAndSubmitsAndTheTeacherReviewsAndReturns() {
        BrowserContext teacherSession = CHROMIUM.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        BrowserContext studentSession = CHROMIUM.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page teacher = teacherSession.newPage();
        Page student = studentSession.newPage();
        firstTeacher(teacher);
        Accounts.signIn(teacher, url(""), Accounts.TEACHER);

        // The teacher creates a class and reads its join code.
        go(teacher, "classes");
        String className = "Debate " + Long.toString(System.nanoTime(), 36);
        String code = Classrooms.create(teacher, className);
        Locator row = Classrooms.link(teacher, className);
        assertThat(code).matches("[A-Z0-9]{8}");
        shot(teacher, "class-created");

        // A student signs up with the code and signs in.
        String username = "sam" + Long.toString(System.nanoTime(), 36);
        go(student, "signup");
        student.getByLabel("Your name").fill("Sam Student");
        student.getByLabel("User name").fill(username);
        student.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Accounts.PASSWORD);
        student.getByLabel("Password again").fill(Accounts.PASSWORD);
        student.getByLabel("Join code (optional)").fill(code.toLowerCase());
        shot(student, "class-signup");
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
        student.waitForURL("**/login?created*");
        Accounts.signIn(student, url(""), username);

        // The teacher assigns the student the PRO side of the sample motion.
        row.click();
        teacher.waitForURL("**/classes/*");
        teacher.getByText("Sam Student").first().waitFor();
        teacher.getByLabel("Instructions").fill("Three cards for your best contention.");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
        teacher.getByText("Assigned to Sam Student").waitFor();
        assertThat(teacher.locator(".cb-status-badge").first().innerText()).isEqualTo("Not started");
        shot(teacher, "class-assigned");

        // The student starts the brief, adds a card from the board and submits.
        go(student, "assignments");
        student.getByText("Three cards for your best contention.").waitFor();
        shot(student, "class-my-assignments");
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Start brief")))
                .click();
        student.waitForURL("**/briefs/*");
        String briefUrl = student.url();
        SampleBoard.open(student, url(""));
        Locator card = student.locator(".cb-board-row .cb-argument.cb-side-pro").first();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Add to brief")))
                .click();
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add card")).click();
        student.getByText(Pattern.compile("^Added to")).first().waitFor();
        student.navigate(briefUrl);
        student.locator(".cb-column-pro .cb-entry").first().waitFor();
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to teacher")).click();
        student.getByText("Submitted: read only until your teacher returns it.").waitFor();
        shot(student, "class-submitted");

        // The teacher sees it submitted, opens it read-only, comments on the card and returns it.
        teacher.reload();
        teacher.locator(".cb-status-badge").filter(new Locator.FilterOptions().setHasText("Submitted")).first()
                .waitFor();
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open brief")).first().click();
        teacher.waitForURL("**/briefs/*");
        teacher.locator(".cb-entry").first().waitFor();
        assertThat(teacher.locator(".cb-adders").first().isVisible()).isFalse();
        assertThat(teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove")).count()).isZero();
        teacher.locator(".cb-review").getByLabel("Comment").fill("Good card; find a newer source too.");
        teacher.locator(".cb-review").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment"))
                .click();
        teacher.locator(".cb-entry .cb-comment").first().waitFor();
        shot(teacher, "class-review");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to student")).click();
        teacher.getByText("Returned: the student can work on it again.").waitFor();

        // The student sees the comment and may edit again; an export link of a brief not theirs is not found.
        student.reload();
        student.locator(".cb-entry .cb-comment").first().waitFor();
        assertThat(student.locator(".cb-entry .cb-comment").first().innerText()).contains("find a newer source");
        assertThat(student.getByText(Pattern.compile("^Returned by your teacher")).isVisible()).isTrue();
        shot(student, "class-returned");
        String id = briefUrl.replaceAll(".*/briefs/", "").replaceAll("[^0-9].*", "");
        assertThat(student.request().get(url("briefs/" + id + "/export.pdf")).status()).isEqualTo(200);
        // The student forgets the password: the teacher sets a new one, and the student signs in with it.
        go(teacher, "classes");
        row.click();
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set a new password for Sam Student"))
                .click();
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set a new password").setExact(true))
                .click();
        Locator fresh = teacher.locator(".cb-new-password");
        fresh.filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S"))).waitFor();
        String newPassword = fresh.innerText().strip();
        assertThat(newPassword).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        shot(teacher, "class-new-password");
        Page again = CHROMIUM.browser().newContext().newPage();
        Accounts.signIn(again, url(""), username, newPassword);
        again.context().close();

        Accounts.ensure(accounts, "nosy" + username, "Nosy", Role.STUDENT);
        Page nosy = CHROMIUM.browser().newContext().newPage();
        Accounts.signIn(nosy, url(""), "nosy" + username);
        assertThat(nosy.request().get(url("briefs/" + id + "/export.pdf")).status()).isEqualTo(404);
        go(nosy, "briefs/" + id);
        nosy.getByText("There is nothing at this address.").waitFor();
        teacherSession.close();
        studentSession.close();
        nosy.context().close();
    }

    /** On a first start, the app asks for the first teacher account; otherwise another test made it already. */
    private void firstTeacher(Page page) {
        if (accounts.hasAccounts()) {
            Accounts.ensureTeacher(accounts);
            return;
        }
        go(page, "");
        page.waitForURL("**/welcome");
        page.getByLabel("Your name").fill("Tess Teacher");
        page.getByLabel("User name").fill(Accounts.TEACHER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Accounts.PASSWORD);
        page.getByLabel("Password again").fill(Accounts.PASSWORD);
        shot(page, "class-first-start");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create teacher account")).click();
        page.waitForURL("**/login?created*");
    }

    private void go(Page page, String path) {
        Chromium.open(page, url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
