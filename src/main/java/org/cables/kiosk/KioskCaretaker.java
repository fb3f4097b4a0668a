package org.cables.kiosk;

import java.util.Optional;

import com.vaadin.flow.component.Component;
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

    /** A caretaker for the page, if the current visit is on a kiosk. */
    public Optional<Component> forCurrentVisit() {
        return kiosk.active() ? Optional.of(new KioskIdle(kiosk.settings(), serverStart.id(), false)) : Optional.empty();
    }
}
