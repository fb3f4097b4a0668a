package org.cables.kiosk;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.cables.navigation.ClassroomNavigation;
import org.cables.visitor.KioskMode;

/** Gives every kiosk page its caretaker (idle countdown, restart check, no way out). */
@org.springframework.stereotype.Component
public class KioskCaretaker {

    private final KioskMode kiosk;
    private final ServerStart serverStart;

    KioskCaretaker(KioskMode kiosk, ServerStart serverStart) {
        this.kiosk = kiosk;
        this.serverStart = serverStart;
    }

    /** Pages a kiosk leaves out of its menu: classes are joined from visitors' own devices, by typing a code. */
    private static final java.util.Set<String> NOT_ON_A_KIOSK = java.util.Set.of(ClassroomNavigation.JOIN);

    /** Whether a kiosk's menu offers the page at this path ("join" or "/join"). */
    public static boolean offersInMenu(String path) {
        String bare = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return !NOT_ON_A_KIOSK.contains(bare);
    }

    /** A caretaker for the page, if the current visit is on a kiosk. */
    public Optional<Component> forCurrentVisit() {
        return kiosk.active() ? Optional.of(new KioskIdle(kiosk.settings(), serverStart.id(), false)) : Optional.empty();
    }
}
