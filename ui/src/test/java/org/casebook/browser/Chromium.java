package org.casebook.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, headless and off the network (the flags this machine needs), for the
 * real-browser tests. The path comes from {@code -Dcasebook.chromium}, by default {@code /usr/bin/chromium}. A test
 * class registers one ({@code @RegisterExtension static final Chromium CHROMIUM = new Chromium();}): it is launched
 * before the class's tests and closed after them.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {
    private @Nullable Playwright playwright;
    private @Nullable Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("casebook.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Browser browser() {
        return Objects.requireNonNull(browser, "Chromium is launched before the class's tests");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Opens {@code url} in {@code page}. A navigation still settling (Vaadin's client-side routing) can abort a new
     * one under load with net::ERR_ABORTED: then the page is opened once more.
     */
    public static void open(Page page, String url) {
        try {
            page.navigate(url);
        } catch (PlaywrightException e) {
            if (!String.valueOf(e.getMessage()).contains("ERR_ABORTED")) {
                throw e;
            }
            page.waitForTimeout(500);
            page.navigate(url);
        }
    }
}
