package org.cables.shell;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * The menu's entries, in order, as a visitor who is not signed in may see them: the same for every
 * such visitor, so worked out once instead of at every page opened (Vaadin checks each route's
 * access again every time it is asked; about 3% of the exhibit's processor time under load).
 * Signed-in staff, whose entries depend on their roles, get them worked out each time.
 */
@Component
class PublicMenu {

    static final Comparator<MenuEntry> ORDER = Comparator.comparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Supplier<List<MenuEntry>> vaadins;
    private volatile List<MenuEntry> entries;

    PublicMenu() {
        this(MenuConfiguration::getMenuEntries);
    }

    /** With Vaadin's entries as this supplier gives them (for the current visitor). */
    PublicMenu(Supplier<List<MenuEntry>> vaadins) {
        this.vaadins = vaadins;
    }

    /** The entries for a visitor who is signed in ({@code signedIn}) or not. */
    List<MenuEntry> entries(boolean signedIn) {
        return signedIn ? ordered(vaadins) : publicEntries();
    }

    private List<MenuEntry> publicEntries() {
        List<MenuEntry> known = entries;
        if (known == null) {
            known = ordered(vaadins);
            entries = known;
        }
        return known;
    }

    static List<MenuEntry> ordered(Supplier<List<MenuEntry>> entries) {
        return entries.get().stream().sorted(ORDER).toList();
    }
}
