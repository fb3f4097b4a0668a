package org.cables.shell;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

import org.cables.content.Memo;
import org.cables.kiosk.KioskCaretaker;
import org.cables.staff.StaffBar;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

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
    /** The header's name and subtitle drawn, by their words. */
    private static final Memo<List<String>, String> BRANDS = new Memo<>(8);

    private final Anchor skipLink = new Anchor("#" + MAIN_ID, "");
    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final TrustedHtml brand = TrustedHtml.div("");
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

        brand.addClassName("exhibit-brand");

        // Only staff who are signed in see who they are and "Sign out"; visitors' pages do not carry it.
        Div tools = new Div(new LanguageSwitcher(), new AppearanceSwitcher());
        if (authentication.isAuthenticated()) {
            tools.addComponentAsFirst(new StaffBar(authentication));
        }
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
        brand.show(BRANDS.get(List.of(getTranslation("shell.title"), getTranslation("shell.subtitle")),
                words -> brand(words.get(0), words.get(1))));
        drawerToggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        buildNavigation();
    }

    private void buildNavigation() {
        nav.show(getTranslation("shell.navigation"), menu.entries(authentication.isAuthenticated()).stream()
                .filter(entry -> caretaker == null || KioskCaretaker.offersInMenu(entry.path()))
                .map(this::toItem)
                .toList());
    }

    /**
     * The exhibit's name, a link to its home page that the router follows inside the page (as a
     * {@code RouterLink} is drawn), and its subtitle; texts escaped by jsoup.
     */
    static String brand(String title, String subtitle) {
        Element block = TrustedHtml.builder("div");
        block.appendElement("a").addClass("exhibit-title").attr("href", "").attr("router-link", "").text(title);
        block.appendElement("span").addClass("exhibit-subtitle").text(subtitle);
        return block.html();
    }

    /** A menu entry's title is a translation key. */
    private SideNavigation.Item toItem(MenuEntry entry) {
        return new SideNavigation.Item(getTranslation(entry.title()), entry.path(), entry.icon());
    }

    /**
     * Credits and sources, on every page, and for visitors the way to the staff's sign-in: one
     * block of HTML, the same for every visitor in a language (decision 57).
     */
    @Tag("footer")
    static final class SiteFooter extends Component implements HasStyle, LocaleChangeObserver {

        /** The footers drawn, by their words and whether they offer the sign-in. */
        private static final Memo<List<Object>, String> DRAWN = new Memo<>(16);

        private boolean offer = true;
        private List<String> words = List.of();

        SiteFooter() {
            addClassName("exhibit-footer");
        }

        void offerStaffSignIn(boolean offer) {
            this.offer = offer;
            draw();
        }

        /** Whether the footer offers the staff's sign-in. */
        boolean offersStaffSignIn() {
            return offer;
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            words = List.of(getTranslation("footer.sources"), getTranslation("footer.credits"), getTranslation("footer.staff"));
            draw();
        }

        private void draw() {
            if (!words.isEmpty()) {
                getElement().setProperty("innerHTML", DRAWN.get(List.of(words, offer), key -> html(words, offer)));
            }
        }

        /** The footer's HTML: its sources, its credits and, if {@code offer}, the sign-in link; texts escaped by jsoup. */
        static String html(List<String> words, boolean offer) {
            Element footer = TrustedHtml.builder("footer");
            footer.appendElement("span").addClass("footer-sources").text(words.get(0));
            footer.appendElement("span").addClass("footer-credits").text(words.get(1));
            if (offer) {
                footer.appendElement("a").addClass("footer-staff").attr("href", "login").text(words.get(2));
            }
            return footer.html();
        }
    }
}
