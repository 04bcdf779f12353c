package org.casebook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sample motion's board in the browser tests, once the first start's seeding has given it rows. */
public final class SampleBoard {
    private SampleBoard() {}

    /** Opens the first motion's board at {@code baseUrl}, trying again until it has a PRO argument (4 minutes). */
    public static void open(Page page, String baseUrl) {
        long deadline = System.currentTimeMillis() + 240_000;
        while (true) {
            Chromium.open(page, baseUrl + "motions");
            page.locator("a.cb-motion-link").first().click();
            page.waitForURL("**/motions/*/board");
            try {
                page.locator(".cb-board-row .cb-argument.cb-side-pro").first()
                        .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                assertThat(System.currentTimeMillis()).as("seeding finished in time").isLessThan(deadline);
            }
        }
    }
}
