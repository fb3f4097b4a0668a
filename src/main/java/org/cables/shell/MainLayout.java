package org.cables.shell;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.cables.kiosk.KioskCaretaker;
import org.cables.staff.StaffBar;

/**
 * The frame around every view: a header with the exhibit's name and the language and
 * appearance choices, a side navigation built from the views' {@code @Menu} annotations,
 * and a footer naming the sources. On a kiosk it is touch-first (larger targets, no text to
 * type) and carries the kiosk's caretaker.
 */
@Layout
@AnonymousAllowed
final class MainLayout extends AppLayout implements LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final Anchor skipLink = new Anchor("#" + MAIN_ID, "");
    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final RouterLink title = new RouterLink();
    private final Span subtitle = new Span();
    private final SideNavigation nav = new SideNavigation();
    private final Main main = new Main();
    private final SiteFooter footer = new SiteFooter();
    private final AuthenticationContext authentication;
    private final Div page = new Div();
    private final KioskCaretaker kioskCaretaker;
    private final PublicMenu menu;
    private Component caretaker;

    MainLayout(KioskCaretaker kioskCaretaker, AuthenticationContext authentication, PublicMenu menu) {
        this.kioskCaretaker = kioskCaretaker;
        this.authentication = authentication;
        this.menu = menu;
        setPrimarySection(Section.DRAWER);
        addClassName("exhibit-layout");

        skipLink.addClassName("skip-link");

        title.setRoute(HomeView.class);
        title.addClassName("exhibit-title");
        subtitle.addClassName("exhibit-subtitle");
        Div brand = new Div(title, subtitle);
        brand.addClassName("exhibit-brand");

        Div tools = new Div(new StaffBar(authentication), new LanguageSwitcher(), new AppearanceSwitcher());
        tools.addClassName("exhibit-tools");

        Header header = new Header(skipLink, drawerToggle, brand, tools);
        header.addClassName("exhibit-header");
        addToNavbar(header);

        addToDrawer(nav);

        main.setId(MAIN_ID);
        main.addClassName("exhibit-main");
        main.getElement().setAttribute("tabindex", "-1");
        page.add(main, footer);
        page.addClassName("exhibit-page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (caretaker == null) {
            kioskCaretaker.forCurrentVisit().ifPresent(c -> {
                caretaker = c;
                addClassName("kiosk");
                page.add(c);
                buildNavigation();
                getUI().ifPresent(ui -> ui.getElement().executeJs("document.documentElement.classList.add('kiosk')"));
            });
        }
        // Staff who are signed in see who they are and "Sign out" in the header instead; a kiosk
        // offers no sign-in to passers-by.
        footer.offerStaffSignIn(!authentication.isAuthenticated() && caretaker == null);
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (caretaker != null) {
            attachEvent.getUI().getElement().executeJs("document.documentElement.classList.add('kiosk')");
        }
        // The navigation is built when the layout takes its language (on attach, and again on a change).
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("shell.skip-to-content"));
        title.setText(getTranslation("shell.title"));
        subtitle.setText(getTranslation("shell.subtitle"));
        drawerToggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        buildNavigation();
    }

    private void buildNavigation() {
        nav.show(getTranslation("shell.navigation"), menu.entries(authentication.isAuthenticated()).stream()
                .filter(entry -> caretaker == null || KioskCaretaker.offersInMenu(entry.path()))
                .map(this::toItem)
                .toList());
    }

    /** A menu entry's title is a translation key. */
    private SideNavigation.Item toItem(MenuEntry entry) {
        return new SideNavigation.Item(getTranslation(entry.title()), entry.path(), entry.icon());
    }

    /** Credits and sources, on every page. */
    static final class SiteFooter extends Footer implements LocaleChangeObserver {
        private final Span credits = new Span();
        private final Span sources = new Span();
        private final Anchor staff = new Anchor("login", "");

        SiteFooter() {
            addClassName("exhibit-footer");
            credits.addClassName("footer-credits");
            sources.addClassName("footer-sources");
            staff.addClassName("footer-staff");
            add(sources, credits, staff);
        }

        void offerStaffSignIn(boolean offer) {
            staff.setVisible(offer);
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            sources.setText(getTranslation("footer.sources"));
            credits.setText(getTranslation("footer.credits"));
            staff.setText(getTranslation("footer.staff"));
        }
    }
}
