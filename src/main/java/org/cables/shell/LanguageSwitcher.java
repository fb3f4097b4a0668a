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
import org.cables.i18n.ExhibitLanguage;

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

    static void choose(ExhibitLanguage language) {
        // Setting the session locale changes every open view of this visitor, in every tab.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        } else {
            UI.getCurrent().setLocale(language.locale());
        }
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
