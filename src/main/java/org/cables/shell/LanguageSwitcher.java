package org.cables.shell;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.Location;
import org.cables.i18n.ExhibitLanguage;
import org.cables.ui.AddressBar;
import org.cables.ui.KoreanFont;

/**
 * English / 한국어. The choice is kept in the visitor's session, so it holds on every page
 * and every tab for the rest of the visit.
 */
final class LanguageSwitcher extends Div implements LocaleChangeObserver {

    private final Map<ExhibitLanguage, NativeButton> buttons = new EnumMap<>(ExhibitLanguage.class);

    LanguageSwitcher() {
        addClassName("language-switcher");
        getElement().setAttribute("role", "group");
        for (ExhibitLanguage language : ExhibitLanguage.values()) {
            NativeButton button = new NativeButton(language.nativeName(), e -> choose(language));
            button.getElement().setAttribute("lang", language.locale().toLanguageTag());
            button.addClassName("language-" + language.locale().getLanguage());
            buttons.put(language, button);
            add(button);
        }
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
        buttons.forEach((language, button) -> {
            boolean active = language == current;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(active));
            button.getElement().getClassList().set("active", active);
        });
        ui.getElement().executeJs("document.documentElement.lang = $0", current.locale().toLanguageTag());
    }
}
