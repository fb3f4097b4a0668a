package org.cables.ui;

import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;

/**
 * Buttons drawn in a block of HTML that each name a choice in a {@code data-} attribute
 * ({@code <button data-language="ko">}): one click listener on the block hears which was pressed.
 * Only clicks on such a button travel to the server (the browser filters the rest), and the value
 * arrives as the browser reports it, so the listener checks it before acting on it.
 */
public final class ChoiceButtons {

    private ChoiceButtons() {
    }

    /** The expression whose value the browser sends: the pressed button's {@code data-NAME}. */
    public static String chosen(String name) {
        return "event.target.closest('[data-" + name + "]')?.dataset." + name;
    }

    /** The browser's filter: true only for a click on (or inside) a button with {@code data-NAME}. */
    public static String filter(String name) {
        return "!!event.target.closest('[data-" + name + "]')";
    }

    /** Hears, on {@code block}, the {@code data-NAME} of every button pressed in it (a string, never null). */
    public static void listen(Element block, String name, Consumer<String> onChoice) {
        String chosen = chosen(name);
        block.addEventListener("click", e -> {
            tools.jackson.databind.JsonNode value = e.getEventData().get(chosen);
            if (value != null && value.isString()) {
                onChoice.accept(value.asString());
            }
        }).addEventData(chosen).setFilter(filter(name));
    }
}
