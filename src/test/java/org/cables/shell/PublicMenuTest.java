package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;

/** The menu is worked out once for visitors, every time for signed-in staff, and neither is given the other's. */
class PublicMenuTest {

    static final MenuEntry ARCHIVE = new MenuEntry("archive", "nav.archive", 2.0, "vaadin:archive", null);
    static final MenuEntry HOME = new MenuEntry("", "nav.home", 0.0, "vaadin:home", null);
    static final MenuEntry TEACH = new MenuEntry("teach", "nav.teach", 20.0, "vaadin:presentation", null);

    final AtomicBoolean teacher = new AtomicBoolean();
    final AtomicInteger asked = new AtomicInteger();
    final PublicMenu menu = new PublicMenu(() -> {
        asked.incrementAndGet();
        return teacher.get() ? List.of(TEACH, ARCHIVE, HOME) : List.of(ARCHIVE, HOME);
    });

    @Test
    void visitorsShareOneMenuWorkedOutOnce() {
        assertThat(menu.entries(false)).containsExactly(HOME, ARCHIVE);
        assertThat(menu.entries(false)).containsExactly(HOME, ARCHIVE);
        assertThat(asked).hasValue(1);
    }

    @Test
    void staffGetTheirOwnEveryTimeAndVisitorsNeverGetIt() {
        teacher.set(true);
        assertThat(menu.entries(true)).containsExactly(HOME, ARCHIVE, TEACH);
        assertThat(menu.entries(true)).containsExactly(HOME, ARCHIVE, TEACH);
        assertThat(asked).hasValue(2);

        teacher.set(false);
        assertThat(menu.entries(false)).containsExactly(HOME, ARCHIVE);
        teacher.set(true);
        assertThat(menu.entries(false)).as("the visitors' menu, kept").containsExactly(HOME, ARCHIVE);
    }
}
