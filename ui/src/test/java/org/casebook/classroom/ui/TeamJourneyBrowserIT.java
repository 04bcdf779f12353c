package org.casebook.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.casebook.account.AccountService;
import org.casebook.account.Callers;
import org.casebook.account.Role;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.browser.Classrooms;
import org.casebook.browser.SampleBoard;
import org.casebook.classroom.ClassroomService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team assignment in Chromium: the teacher makes a class, two students join it (through the service: signing up
 * with the code is the other journey's), the teacher spreads them into one team and assigns the team a side; one
 * student starts the brief and adds a card, the other opens the same brief from "My assignments" and sees the card.
 * Screenshot in {@code target/screenshots/team-shared-brief.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class TeamJourneyBrowserIT {
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired ClassroomService classes;
    @Autowired Callers callers;

    @Test
    void bothMembersOfATeamWorkOnOneBrief() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Accounts.ensureTeacher(accounts);
        Page teacher = page();
        Accounts.signIn(teacher, url(""), Accounts.TEACHER);
        Chromium.open(teacher, url("classes"));
        String className = "Team class " + suffix;
        String code = Classrooms.create(teacher, className);
        Locator link = Classrooms.link(teacher, className);
        for (String name : new String[] {"ana", "ben"}) {
            Accounts.ensure(accounts, name + suffix, name.equals("ana") ? "Ana Member" : "Ben Member", Role.STUDENT);
            callers.as(Accounts.summary(accounts, name + suffix).caller(), () -> classes.join(code));
        }

        link.click();
        teacher.getByText("Ben Member").first().waitFor();
        teacher.getByLabel("Number of teams").fill("1");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spread students at random")).click();
        teacher.locator("vaadin-select-item[label='Team: Team 1']").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        teacher.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).click();
        teacher.locator("vaadin-select-item[label='Team: Team 1']").first().click();
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
        teacher.getByText("Assigned to Team 1").waitFor();

        Page ana = page();
        Accounts.signIn(ana, url(""), "ana" + suffix);
        Chromium.open(ana, url("assignments"));
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Start brief"))).click();
        ana.waitForURL("**/briefs/*");
        String brief = ana.url();
        SampleBoard.open(ana, url(""));
        ana.locator(".cb-board-row .cb-argument.cb-side-pro").first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Add to brief")))
                .click();
        ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add card")).click();
        ana.getByText(Pattern.compile("^Added to")).first().waitFor();

        Page ben = page();
        Accounts.signIn(ben, url(""), "ben" + suffix);
        Chromium.open(ben, url("assignments"));
        ben.getByText(Pattern.compile("^Team 1 · ")).first().waitFor();
        ben.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open brief")).first().click();
        ben.waitForURL("**/briefs/*");
        assertThat(ben.url()).isEqualTo(brief);
        ben.locator(".cb-column-pro .cb-entry").first().waitFor();
        assertThat(ben.locator(".cb-column-pro .cb-entry").count()).isEqualTo(1);
        ben.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "team-shared-brief.png")).setFullPage(true));
        teacher.context().close();
        ana.context().close();
        ben.context().close();
    }

    private static Page page() {
        return CHROMIUM.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
