package org.casebook.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casebook.account.AccountService;
import org.casebook.account.Role;

/**
 * The application frame: a header with the product name, who is signed in and a sign-out button, and a navigation
 * drawer (a student also gets "My assignments").
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {
    public MainLayout(AccountService accounts, AuthenticationContext authentication) {
        var brand = new Anchor("", "Casebook");
        brand.addClassName("cb-brand");
        var tagline = new Span("debate preparation");
        tagline.addClassName("cb-tagline");
        var me = accounts.me();
        var who = new Span(me.map(a -> a.displayName() + (a.role() == Role.TEACHER ? " · teacher" : " · student"))
                .orElse(""));
        who.addClassName("cb-who");
        var signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.addClassName("cb-sign-out");
        addToNavbar(new DrawerToggle(), brand, tagline, who, signOut);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Library", "", VaadinIcon.OPEN_BOOK.create()));
        nav.addItem(new SideNavItem("Motions", "motions", VaadinIcon.SCALE.create()));
        nav.addItem(new SideNavItem("Briefs", "briefs", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem("Classes", "classes", VaadinIcon.ACADEMY_CAP.create()));
        if (me.map(a -> a.role() == Role.STUDENT).orElse(false)) {
            nav.addItem(new SideNavItem("My assignments", "assignments", VaadinIcon.TASKS.create()));
        }
        nav.addItem(new SideNavItem("Account", "account", VaadinIcon.USER.create()));
        nav.addClassName("cb-nav");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
