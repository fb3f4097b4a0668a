package org.cables.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import org.cables.content.Memo;
import org.cables.ui.ChoiceButtons;
import org.cables.ui.ExhibitIcon;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

/**
 * Light, dark, or whatever the visitor's device prefers (the default), from a small menu in
 * the header. The choice is kept for the visit.
 *
 * <p>The menu is one block of HTML: a button that opens the browser's own popover (which closes on
 * Escape and on a click elsewhere) holding a button for each appearance, the one in use pressed.
 * One click listener on the block hears the choice. Vaadin's {@code MenuBar} did the same with
 * about twenty nodes kept in every visitor's session (decision 57).
 */
@Tag("div")
@Uses(SvgIcon.class)
final class AppearanceSwitcher extends Component implements HasStyle, LocaleChangeObserver {

    enum Appearance {
        DEVICE(ColorScheme.Value.LIGHT_DARK, "adjust"),
        LIGHT(ColorScheme.Value.LIGHT, "sun-o"),
        DARK(ColorScheme.Value.DARK, "moon-o");

        private final ColorScheme.Value scheme;
        private final String icon;

        Appearance(ColorScheme.Value scheme, String icon) {
            this.scheme = scheme;
            this.icon = icon;
        }

        ColorScheme.Value scheme() {
            return scheme;
        }

        String key() {
            return "shell.appearance." + name().toLowerCase();
        }

        /** The appearance a button names ({@code data-appearance}); empty for anything else a browser sends. */
        static Optional<Appearance> named(String name) {
            return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
        }
    }

    /** The words of the menu in one language: its name, and each appearance's name in order. */
    record Words(String menu, List<String> appearances) {
    }

    private static final String SESSION_KEY = AppearanceSwitcher.class.getName();
    /** The attribute naming each button's appearance ({@code data-appearance}). */
    static final String CHOICE = "appearance";
    /** The menus drawn, by language and appearance in use: every visitor with both alike sees the same one. */
    private static final Memo<List<Object>, String> DRAWN = new Memo<>(32);

    AppearanceSwitcher() {
        addClassName("appearance-switcher");
        ChoiceButtons.listen(getElement(), CHOICE, chosen -> Appearance.named(chosen).ifPresent(this::apply));
    }

    static Appearance current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
        return stored instanceof Appearance a ? a : Appearance.DEVICE;
    }

    void apply(Appearance appearance) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, appearance);
        }
        UI.getCurrent().getPage().setColorScheme(appearance.scheme());
        show(appearance);
        // The menu is drawn anew (and so closed): the keyboard goes back to the button that opens it.
        getElement().executeJs("this.querySelector('.appearance-toggle').focus()");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Appearance appearance = current();
        attachEvent.getUI().getPage().setColorScheme(appearance.scheme());
        show(appearance);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show(current());
    }

    private void show(Appearance appearance) {
        Words words = new Words(getTranslation("shell.appearance"),
                Arrays.stream(Appearance.values()).map(a -> getTranslation(a.key())).toList());
        getElement().setProperty("innerHTML", DRAWN.get(List.of(words, appearance), key -> html(words, appearance)));
    }

    /** The menu's HTML with {@code current} pressed, every text escaped by jsoup. */
    static String html(Words words, Appearance current) {
        Element block = TrustedHtml.builder("div");
        String name = words.appearances().get(current.ordinal());
        String label = words.menu() + ": " + name;
        Element toggle = block.appendElement("button").attr("type", "button").addClass("appearance-toggle")
                .attr("popovertarget", "appearance-choices").attr("aria-label", label).attr("title", label);
        icon(toggle, current);
        toggle.appendElement("span").addClass("appearance-label").text(name);
        Element choices = block.appendElement("div").id("appearance-choices").addClass("appearance-choices")
                .attr("popover", "").attr("role", "group").attr("aria-label", words.menu());
        for (Appearance appearance : Appearance.values()) {
            Element choice = choices.appendElement("button").attr("type", "button").addClass("appearance-choice")
                    .attr("data-" + CHOICE, appearance.name())
                    .attr("aria-pressed", Boolean.toString(appearance == current));
            icon(choice, appearance);
            choice.appendElement("span").text(words.appearances().get(appearance.ordinal()));
        }
        return block.html();
    }

    private static void icon(Element parent, Appearance appearance) {
        parent.appendElement("vaadin-icon").attr("src", ExhibitIcon.SPRITE).attr("symbol", appearance.icon)
                .attr("aria-hidden", "true");
    }
}
