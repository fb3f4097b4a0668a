package org.cables.ui;

import com.vaadin.flow.component.icon.SvgIcon;

/**
 * The exhibit's icons, from its own small sprite ({@code icons/cables-icons.svg}: the few Vaadin
 * Icons it shows). Vaadin's {@code Icon} would bring the whole set of 600 icons to every first
 * visit (56 KB compressed); the sprite is 2 KB.
 */
public final class ExhibitIcon {

    /** The sprite's address. */
    public static final String SPRITE = "icons/cables-icons.svg";

    private ExhibitIcon() {
    }

    /** An icon by name ({@code home}, or the {@code vaadin:home} form of {@code @Menu}); decoration, hidden from screen readers. */
    public static SvgIcon of(String name) {
        SvgIcon icon = new SvgIcon(SPRITE, symbol(name));
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    /** The symbol in the sprite for an icon's name. */
    public static String symbol(String name) {
        return name.startsWith("vaadin:") ? name.substring("vaadin:".length()) : name;
    }
}
