package org.casebook.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The application frame: a header with the product name and a navigation drawer. */
@Layout
public class MainLayout extends AppLayout {
    public MainLayout() {
        var brand = new Anchor("", "Casebook");
        brand.addClassName("cb-brand");
        var tagline = new Span("debate preparation");
        tagline.addClassName("cb-tagline");
        addToNavbar(new DrawerToggle(), brand, tagline);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Library", "", VaadinIcon.OPEN_BOOK.create()));
        nav.addItem(new SideNavItem("Motions", "motions", VaadinIcon.SCALE.create()));
        nav.addItem(new SideNavItem("Briefs", "briefs", VaadinIcon.FILE_TEXT_O.create()));
        nav.addClassName("cb-nav");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
