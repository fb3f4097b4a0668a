package org.cables.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push, only on the pages that need it (a class's console and its students' pages):
 * the rest of the exhibit keeps no open connection per visitor.
 */
final class LivePush {

    /**
     * For {@code UI.accessLater}: a change handed to the delivery thread just before its page
     * closed finds no page to redraw, and is dropped (Vaadin would otherwise throw
     * {@code UIDetachedException} on that thread).
     */
    static final SerializableRunnable CLOSED_MEANWHILE = () -> {
    };

    private LivePush() {
    }

    static void enable(UI ui) {
        if (ui.getSession() != null && ui.getSession().getService().ensurePushAvailable()) {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
    }
}
