package org.cables.shell;

import org.cables.ui.ExhibitIcon;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * Light, dark, or whatever the visitor's device prefers (the default), from a small menu in
 * the header. The choice is kept for the visit.
 */
final class AppearanceSwitcher extends MenuBar implements LocaleChangeObserver {

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
    }

    private static final String SESSION_KEY = AppearanceSwitcher.class.getName();

    private final MenuItem root;
    private final Span rootLabel = new Span();
    private final SvgIcon rootIcon = ExhibitIcon.of("adjust");
    private final Map<Appearance, MenuItem> choices = new EnumMap<>(Appearance.class);

    AppearanceSwitcher() {
        addClassName("appearance-switcher");
        addThemeVariants(MenuBarVariant.TERTIARY);
        rootLabel.addClassName("appearance-label");
        root = addItem(rootIcon);
        root.add(rootLabel);
        SubMenu menu = root.getSubMenu();
        for (Appearance appearance : Appearance.values()) {
            MenuItem item = menu.addItem("", e -> apply(appearance));
            item.setCheckable(true);
            choices.put(appearance, item);
        }
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
        choices.forEach((appearance, item) -> item.setText(getTranslation(appearance.key())));
        show(current());
    }

    private void show(Appearance appearance) {
        choices.forEach((a, item) -> item.setChecked(a == appearance));
        rootIcon.setSymbol(appearance.icon);
        String label = getTranslation("shell.appearance") + ": " + getTranslation(appearance.key());
        rootLabel.setText(getTranslation(appearance.key()));
        root.setAriaLabel(label);
        root.getElement().setAttribute("title", label);
    }
}
