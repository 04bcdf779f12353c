package org.casebook.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.casebook.testdb.UsesTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real thing in a real browser: the app seeds its library on start, the library page shows the three seed
 * articles, and the reader shows one with its units. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
class LibraryBrowserIT {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("casebook.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void showsTheThreeSeedArticlesAndOpensOneWithItsUnits() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
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
