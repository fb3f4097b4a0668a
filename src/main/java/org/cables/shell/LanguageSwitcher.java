package org.cables.shell;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.Location;
import org.cables.i18n.ExhibitLanguage;
import org.cables.ui.AddressBar;
import org.cables.ui.ChoiceButtons;
import org.cables.ui.KoreanFont;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

/**
 * English / 한국어. The choice is kept in the visitor's session, so it holds on every page
 * and every tab for the rest of the visit.
 *
 * <p>One block of HTML, a button for each language (the one in use pressed), and one click
 * listener on the block: two components and their listeners would be kept in every visitor's
 * session for the same two buttons (decision 57).
 */
@Tag("div")
final class LanguageSwitcher extends Component implements HasStyle, LocaleChangeObserver {

    /** The attribute naming each button's language tag ({@code data-language}). */
    static final String CHOICE = "language";
    /** The buttons drawn, by the language in use. */
    private static final Map<ExhibitLanguage, String> DRAWN = new EnumMap<>(ExhibitLanguage.class);

    static {
        for (ExhibitLanguage current : ExhibitLanguage.values()) {
            DRAWN.put(current, html(current));
        }
    }

    LanguageSwitcher() {
        addClassName("language-switcher");
        getElement().setAttribute("role", "group");
        ChoiceButtons.listen(getElement(), CHOICE, chosen -> Arrays.stream(ExhibitLanguage.values())
                .filter(l -> l.locale().toLanguageTag().equals(chosen)).findFirst().ifPresent(language -> {
                    choose(language);
                    // Drawn anew in the language chosen: the keyboard stays on its button.
                    getElement().executeJs("this.querySelector('[aria-pressed=true]')?.focus()");
                }));
    }

    /**
     * Takes the visitor's language and draws the page again in it. The choice is kept in the
     * session (the frame of every open tab follows at once); the page itself is made anew from
     * the address it shows, which holds its state (the map's day, the archive's filters, the
     * quiz's question), so the visitor stays where they were (decision 21).
     */
    static void choose(ExhibitLanguage language) {
        UI ui = UI.getCurrent();
        Location shown = AddressBar.current(ui);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LanguageInAddress.CHOSEN, Boolean.TRUE);
            session.setLocale(language.locale());
        } else {
            ui.setLocale(language.locale());
        }
        KoreanFont.loadFor(ui, language.locale());
        if (ui.getCurrentView() == null) {
            return;
        }
        // Location has no equals of its own: compare the addresses themselves.
        if (!shown.getPathWithQueryParameters().equals(ui.getActiveViewLocation().getPathWithQueryParameters())) {
            // The page changed its address since it was opened: the router takes that address first.
            ui.navigate(shown.getPath(), shown.getQueryParameters());
        }
        ui.refreshCurrentRoute(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showCurrent(attachEvent.getUI());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        showCurrent(event.getUI());
    }

    private void showCurrent(UI ui) {
        ExhibitLanguage current = ExhibitLanguage.forLocale(ui.getLocale());
        getElement().setProperty("innerHTML", DRAWN.get(current));
        ui.getElement().executeJs("document.documentElement.lang = $0", current.locale().toLanguageTag());
    }

    /** A button for each language in its own name, {@code current} pressed; texts escaped by jsoup. */
    static String html(ExhibitLanguage current) {
        Element block = TrustedHtml.builder("div");
        for (ExhibitLanguage language : ExhibitLanguage.values()) {
            String tag = language.locale().toLanguageTag();
            Element button = block.appendElement("button").attr("type", "button").attr("lang", tag)
                    .attr("data-" + CHOICE, tag).addClass("language-" + language.locale().getLanguage())
                    .attr("aria-pressed", Boolean.toString(language == current)).text(language.nativeName());
            if (language == current) {
                button.addClass("active");
            }
        }
        return block.html();
    }
}
