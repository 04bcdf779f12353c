package org.casebook.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Classes made in the browser tests as a teacher makes them, on the Classes page. */
public final class Classrooms {
    private Classrooms() {}

    /** Creates a class named {@code name} on the open Classes page and returns the join code the page shows. */
    public static String create(Page teacher, String name) {
        teacher.getByLabel("Class name").fill(name);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create class")).click();
        link(teacher, name).waitFor();
        return teacher.locator(".cb-status").innerText().replaceAll(".*join code is ([A-Z0-9]+).*", "$1").strip();
    }

    /** The link to the class named {@code name} on the Classes page. */
    public static Locator link(Page teacher, String name) {
        return teacher.locator("a.cb-class-link").filter(new Locator.FilterOptions().setHasText(name));
    }
}
