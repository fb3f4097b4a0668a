package org.cables.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Delete …?" / "End the class for everyone?": a question before something that cannot be undone, with Cancel. */
public final class ConfirmDestructive {

    private ConfirmDestructive() {
    }

    /** Opens the question; {@code action} runs only when the person confirms. */
    public static void ask(String heading, String text, String confirm, String cancel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(heading, text, confirm, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
