package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.casebook.account.AccountService;
import org.casebook.article.ArticleIngestion;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.motion.MotionService;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reader's corrections in Chromium, on an article of its own: words selected with the browser's selection
 * become a unit; a stance corrected in the reader and the new unit are still there after Re-analyse. Screenshots
 * at 1280x800 and at a tablet's 800x1100 go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class ReaderBrowserIT {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String MARKED = "The harbour board met on a wet Tuesday in March.";
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired ArticleIngestion ingestion;
    @Autowired MotionService motions;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;

    @BeforeEach
    void teacher() {
        Accounts.ensureTeacher(accounts);
    }

    @Test
    void aStanceCorrectedInTheReaderAndAUnitMadeFromASelectionSurviveReanalysis() throws InterruptedException {
        awaitSeedMotion();
        String nonce = Long.toString(System.nanoTime(), 36);
        String location = "reader-" + nonce + ".txt";
        String text = """
                Cutting aid to Central America will increase migration. The programs fund violence prevention and \
                they work.

                %s Officials said the aid has failed for decades and should end. Reference %s.
                """.formatted(MARKED, nonce);
        long articleId = ingestion.importArticle(text.getBytes(StandardCharsets.UTF_8), location).articleId();
        try {
            Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
            page.navigate("http://localhost:" + port + "/articles/" + articleId);
            page.locator(".cb-reader-title").waitFor();
            int unitsBefore = page.locator(".cb-unit-list li").count();

            // Select the plain sentence with the browser's own selection, then make it a unit.
            page.evaluate("""
                    marked => {
                      const run = [...document.querySelectorAll('.cb-text [data-start]')]
                          .find(r => r.textContent.includes(marked));
                      const node = run.firstChild;
                      const at = node.textContent.indexOf(marked);
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + marked.length);
                      const s = window.getSelection(); s.removeAllRanges(); s.addRange(range);
                    }""", MARKED);
            page.waitForTimeout(500); // the selection is reported after a short pause
            button(page, "New unit from selection").click();
            // Vaadin 25 keeps a dialog's content in the light DOM of vaadin-dialog; the reader has no other select.
            Locator dialog = page.locator("vaadin-dialog");
            try {
                assertThat(dialog.locator(".cb-quote").innerText()).isEqualTo("“" + MARKED + "”");
            } catch (RuntimeException | AssertionError e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reader-failed.png")));
                throw e;
            }
            choose(page, dialog.locator("vaadin-select").first(), "Evidence");
            page.waitForTimeout(400); // the list of choices fades out
            shot(page, "reader-new-unit");
            button(page, "Create unit").click();
            Locator made = page.locator(".cb-text .cb-unit").filter(new Locator.FilterOptions().setHasText(MARKED));
            made.waitFor();
            assertThat(made.locator(".cb-unit-label").innerText()).containsIgnoringCase("added by a person");
            assertThat(page.locator(".cb-unit-list li").count()).isEqualTo(unitsBefore + 1);

            // Correct the first unit's stance to the other side.
            Locator first = page.locator(".cb-text .cb-unit").first();
            String label = first.locator(".cb-unit-label").innerText();
            String other = label.toLowerCase().contains("pro") ? "Con" : "Pro";
            page.locator(".cb-unit-list li").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Correct unit"))).click();
            choose(page, dialog.locator("vaadin-select").nth(1), other);
            button(page, "Save corrections").click();
            page.waitForCondition(() -> first.locator(".cb-unit-label").innerText().toLowerCase().contains("corrected"));
            assertThat(first.locator(".cb-unit-label").innerText()).containsIgnoringCase(other);
            shot(page, "reader-corrected");

            button(page, "Re-analyse").click();
            page.locator(".cb-reader-toolbar .cb-status").filter(new Locator.FilterOptions().setHasText("Analysed again"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(120_000));

            Locator firstAfter = page.locator(".cb-text .cb-unit").first();
            assertThat(firstAfter.locator(".cb-unit-label").innerText()).containsIgnoringCase(other)
                    .containsIgnoringCase("corrected");
            assertThat(page.locator(".cb-text .cb-unit").filter(new Locator.FilterOptions().setHasText(MARKED))
                    .locator(".cb-unit-label").innerText()).containsIgnoringCase("added by a person");
            shot(page, "reader-reanalysed");
            page.close();
        } finally {
            jdbc.update("delete from sources where location = ?", location);
        }
    }

    private void awaitSeedMotion() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (motions.activeMotions().isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the seed motion exists in time").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Page page, Locator select, String item) {
        select.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
        var size = page.viewportSize();
        page.setViewportSize(800, 1100);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-tablet.png")));
        page.setViewportSize(size.width, size.height);
    }
}
