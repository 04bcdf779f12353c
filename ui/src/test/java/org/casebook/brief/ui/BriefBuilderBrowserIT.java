package org.casebook.brief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.casebook.account.AccountService;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The brief builder's journeys in Chromium, on the seeded library: the board shows PRO and CON rows for the seeds;
 * the sample brief exports to PDF (button) and DOCX (stable URL); a brief is built by adding cards from the board, dragging one into the other column and highlighting words.
 * Screenshots at 1280x800 and at a tablet's 820x1180 go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class BriefBuilderBrowserIT {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @BeforeEach
    void teacher() {
        Accounts.ensureTeacher(accounts);
    }

    @Test
    void theBoardShowsProAndConRowsForTheSeedsAndABriefIsBuiltFromIt() {
        Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
        awaitSampleBrief(page);
        shot(page, "briefs");

        page.locator("a.cb-brief-link").filter(new Locator.FilterOptions().setHasText("Sample brief")).click();
        page.locator(".cb-entry").first().waitFor();
        shot(page, "sample-brief");

        go(page, "motions");
        page.locator("a.cb-motion-link").first().click();
        page.waitForURL("**/motions/*/board");
        page.locator(".cb-board-row").first().waitFor();
        shot(page, "board");
        assertThat(page.locator(".cb-board-row .cb-argument.cb-side-pro").count()).isPositive();
        assertThat(page.locator(".cb-board-row .cb-argument.cb-side-con").count()).isPositive();

        go(page, "briefs");
        page.getByLabel("Title").fill("Journey brief");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create brief")).click();
        page.waitForURL("**/briefs/*");
        page.locator(".cb-empty").first().waitFor();
        String briefUrl = page.url();

        go(page, "motions");
        page.locator("a.cb-motion-link").first().click();
        page.locator(".cb-board-row").first().waitFor();
        addToBrief(page, page.locator(".cb-board-row .cb-argument.cb-side-pro").first());
        addToBrief(page, page.locator(".cb-board-row .cb-argument.cb-side-con").first());

        page.navigate(briefUrl);
        Locator pro = page.locator(".cb-column-pro .cb-entry");
        Locator con = page.locator(".cb-column-con .cb-entry");
        pro.first().waitFor();
        assertThat(pro.count()).isEqualTo(1);
        assertThat(con.count()).isEqualTo(1);

        con.first().dragTo(page.locator(".cb-column-pro .cb-drop-end"));
        page.waitForCondition(() -> pro.count() == 2, new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(con.count()).isZero();

        Locator evidence = pro.first().locator(".cb-evidence");
        int before = evidence.locator(".cb-read").count();
        pro.first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Clear")).click();
        page.waitForCondition(() -> evidence.locator(".cb-read").count() == 0,
                new Page.WaitForConditionOptions().setTimeout(10_000));
        evidence.evaluate("""
                el => { const text = el.firstChild.firstChild; const r = document.createRange();
                        r.setStart(text, 0); r.setEnd(text, Math.min(12, text.length));
                        const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                        el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); }""");
        page.waitForTimeout(300);
        pro.first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Highlight")).click();
        page.waitForCondition(() -> evidence.locator(".cb-read").count() == 1,
                new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(before).isPositive();
        assertThat(page.locator(".cb-status").innerText()).contains("All changes saved");
        shot(page, "brief");

        page.reload();
        pro.first().waitFor();
        assertThat(pro.count()).isEqualTo(2);
        page.close();
    }

    @Test
    void theSampleBriefExportsAsPdfFromTheEditorAndAsDocxFromItsUrl() {
        Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
        awaitSampleBrief(page);
        page.locator("a.cb-brief-link").filter(new Locator.FilterOptions().setHasText("Sample brief")).click();
        page.locator(".cb-entry").first().waitFor();

        Download download = page.waitForDownload(() -> page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export PDF")).click());
        Path saved = SHOTS.resolve("sample-brief.pdf");
        download.saveAs(saved);
        assertThat(download.suggestedFilename()).startsWith("sample-brief").endsWith(".pdf");
        assertThat(readHead(saved)).isEqualTo("%PDF-");

        String id = page.url().replaceAll(".*/briefs/", "").replaceAll("[^0-9].*", "");
        APIResponse docx = page.request().get(url("briefs/" + id + "/export.docx"));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.headers().get("content-type")).contains("wordprocessingml");
        assertThat(page.request().get(url("briefs/987654321/export.pdf")).status()).isEqualTo(404);
        page.close();
    }

    private static String readHead(Path file) {
        try {
            return new String(java.nio.file.Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void addToBrief(Page page, Locator card) {
        card.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Add to brief"))).click();
        // A notice of an earlier card may still be showing: wait for one more, not for the first.
        Locator added = page.getByText("Added to \"Journey brief\"");
        int shown = added.count();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Add card")).click();
        page.waitForCondition(() -> added.count() > shown, new Page.WaitForConditionOptions().setTimeout(30_000));
    }

    /** Waits for the first start's seeding to finish: its last step is the sample brief. */
    private void awaitSampleBrief(Page page) {
        long deadline = System.currentTimeMillis() + 240_000;
        Locator sample = page.locator("a.cb-brief-link").filter(new Locator.FilterOptions().setHasText("Sample brief"));
        while (true) {
            go(page, "briefs");
            try {
                sample.first().waitFor(new Locator.WaitForOptions().setTimeout(5000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                assertThat(System.currentTimeMillis()).as("seeding finished in time").isLessThan(deadline);
            }
        }
    }

    private void go(Page page, String path) {
        Chromium.open(page, url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
        var size = page.viewportSize();
        page.setViewportSize(820, 1180);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-tablet.png")));
        page.setViewportSize(size.width, size.height);
    }
}
