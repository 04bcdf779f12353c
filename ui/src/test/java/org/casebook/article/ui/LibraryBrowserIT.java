package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.account.AccountService;
import org.casebook.browser.Accounts;
import org.casebook.browser.Chromium;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real thing in a real browser: the app seeds its library on start, the library page shows the three seed
 * articles, and the reader shows one with its units; a text file uploaded in the import dialog is imported, found by
 * search and opened with its units. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class LibraryBrowserIT {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    @RegisterExtension static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void noImportsYet() {
        jdbc.execute("truncate table import_jobs cascade"); // the list of recent imports is the database's
    }

    @BeforeEach
    void teacher() {
        Accounts.ensureTeacher(accounts);
    }

    @Test
    void importsAnUploadedTextFileFindsItBySearchAndOpensItWithItsUnits() throws IOException {
        String nonce = Long.toString(System.nanoTime(), 36);
        Path file = Files.createTempDirectory("casebook-upload").resolve("ferries-" + nonce + ".txt");
        Files.writeString(file, """
                Ferry subsidies keep island towns alive. The ferry is the only link that the islanders have to the
                hospital and to the schools on the mainland, and without the subsidy the fares would double.

                "Cutting the ferry subsidy would empty the islands within a decade," said Mairi Campbell, the
                council's transport officer. Reference %s.
                """.formatted(nonce));
        try {
            Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
            page.navigate("http://localhost:" + port + "/");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).first().click();
            page.locator("vaadin-upload").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-dialog.png")));

            // Two files at once: the article, and a zip over a megabyte holding only a picture (refused, with why).
            Path zip = file.resolveSibling("pictures-" + nonce + ".zip");
            try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("photo.png"));
                byte[] noise = new byte[1_500_000];
                new Random(7).nextBytes(noise);
                out.write(noise);
                out.closeEntry();
            }
            page.locator("vaadin-upload:not(.cb-import-folder) input[type=file]").setInputFiles(new Path[] {file, zip});
            page.locator(".cb-import-progress-label").filter(new Locator.FilterOptions().setHasText("Done:"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(180_000));
            var lines = page.locator(".cb-import-item").allInnerTexts();
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(file.getFileName().toString())
                    .contains("Imported with"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("photo.png").contains("not a supported"));
            page.waitForTimeout(600); // the progress bar's animation
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-done.png")));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Close")).click();

            page.locator("vaadin-dialog").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            page.locator(".cb-library-search input").fill("ferry subsidies");
            var links = page.locator("a.cb-article-link:visible"); // the grid keeps hidden rows for reuse
            try {
                page.waitForCondition(() -> links.count() == 1, new Page.WaitForConditionOptions().setTimeout(20_000));
            } finally {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("library-search.png")));
            }
            links.first().click();
            page.waitForURL("**/articles/*");
            page.locator(".cb-reader-title").waitFor();
            assertThat(page.locator(".cb-text").innerText()).contains("Ferry subsidies keep island towns alive");
            assertThat(page.locator(".cb-text .cb-unit").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("imported-article.png")));
            page.goBack();
            page.setViewportSize(800, 1000);
            page.locator("a.cb-article-link:visible").first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("library-tablet.png")));
            page.close();
        } finally {
            // Other browser tests in this JVM expect the library to hold the seeds only.
            jdbc.update("delete from sources where location = ?", file.getFileName().toString());
        }
    }

    @Test
    void importsAChosenFolderWithItsSubfolderAndKeepsTheResultsAfterLeavingThePageAndInANewSession()
            throws IOException {
        String nonce = Long.toString(System.nanoTime(), 36);
        Path folder = Files.createTempDirectory("casebook-folder");
        Files.writeString(folder.resolve("tolls-" + nonce + ".txt"), "Road tolls cut congestion in the city centre, "
                + "and the council should keep them because buses now run on time. Reference " + nonce + ".");
        Files.createDirectories(folder.resolve("more"));
        Files.writeString(folder.resolve("more").resolve("parks-" + nonce + ".md"), "# Parks\n\nThe city must fund "
                + "its parks, because children without gardens have nowhere else to play. Reference " + nonce + ".");
        Files.writeString(folder.resolve(".DS_Store"), "hidden");
        try {
            Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
            page.navigate("http://localhost:" + port + "/");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).first().click();
            Locator folderInput = page.locator(".cb-import-folder input[type=file]");
            page.waitForCondition(() -> Boolean.TRUE.equals(folderInput.evaluate("i => i.webkitdirectory")));
            folderInput.setInputFiles(folder);
            page.locator(".cb-import-progress-label").filter(new Locator.FilterOptions().setHasText("Done:"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(180_000));
            var lines = page.locator(".cb-import-item").allInnerTexts();
            assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("Imported with"));
            assertThat(page.locator(".cb-import-results").innerText()).doesNotContain(".DS_Store");
            page.waitForTimeout(600); // the progress bar's animation
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-folder.png")));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Close")).click();

            page.navigate("http://localhost:" + port + "/motions");
            page.locator("a.cb-motion-link").first().waitFor();
            page.navigate("http://localhost:" + port + "/");
            page.locator(".cb-import-headline").filter(new Locator.FilterOptions().setHasText("Done: 2 imported"))
                    .waitFor();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).first().click();
            Locator kept = page.locator(".cb-import-item");
            page.waitForCondition(() -> kept.count() == 2, new Page.WaitForConditionOptions().setTimeout(10_000));
            assertThat(kept.allInnerTexts()).allSatisfy(l -> assertThat(l).contains("Imported with"));
            page.close();

            // A new browser context is a new session: the results are read from the database, not the session.
            Page other = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            Accounts.signIn(other, "http://localhost:" + port + "/", Accounts.TEACHER);
            other.navigate("http://localhost:" + port + "/");
            other.locator(".cb-import-headline").filter(new Locator.FilterOptions().setHasText("Done: 2 imported"))
                    .waitFor();
            other.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).first().click();
            Locator stored = other.locator(".cb-import-item");
            other.waitForCondition(() -> stored.count() == 2, new Page.WaitForConditionOptions().setTimeout(10_000));
            assertThat(stored.allInnerTexts()).anySatisfy(l -> assertThat(l).contains("parks-" + nonce))
                    .allSatisfy(l -> assertThat(l).contains("Imported with"));
            other.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-recent.png")));
            other.close();
        } finally {
            jdbc.update("delete from sources where location like ?", "%-" + nonce + ".%");
        }
    }

    @Test
    void showsTheThreeSeedArticlesAndOpensOneWithItsUnits() {
        Page page = CHROMIUM.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        Accounts.signIn(page, "http://localhost:" + port + "/", Accounts.TEACHER);
        page.navigate("http://localhost:" + port + "/");

        var links = page.locator("a.cb-article-link");
        page.waitForCondition(() -> links.count() >= 3, new Page.WaitForConditionOptions().setTimeout(180_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("library.png")).setFullPage(true));
        assertThat(links.allTextContents()).hasSize(3).anySatisfy(t -> assertThat(t).startsWith("President Trump"))
                .anySatisfy(t -> assertThat(t).startsWith("WITH EACH passing day"))
                .anySatisfy(t -> assertThat(t).startsWith("The Trump administration"));

        links.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("President Trump is doubling")).click();
        page.waitForURL("**/articles/*");
        page.locator(".cb-reader-title").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")));

        assertThat(page.locator(".cb-text").innerText()).contains("Kamala D. Harris");
        var units = page.locator(".cb-text .cb-unit");
        assertThat(units.count()).isGreaterThan(5);
        assertThat(units.first().locator(".cb-unit-label").innerText()).matches("(?i)(claim|evidence).*");
        assertThat(units.first().getAttribute("title")).isNotBlank();

        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article-phone.png")));
        page.close();
    }
}
