package org.cables.packet;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The words around a packet's content (headings, labels, the cover's lines) in the packet's
 * language, from the exhibit's own message bundles ({@code vaadin-i18n/translations*.properties}),
 * the same the pages use.
 */
final class PacketTexts {

    private final I18NProvider provider;
    private final Locale locale;

    PacketTexts(I18NProvider provider, Locale locale) {
        this.provider = provider;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key, with its arguments put in ({@code {0}}, {@code {1}}…). */
    String getTranslation(String key, Object... params) {
        return provider.getTranslation(key, locale, params);
    }

    /**
     * A text with two places ({@code {0}}, {@code {1}}) split around them, for a page that fills
     * them itself: {@code "Page {0} of {1}"} gives {@code ["Page ", 0, " of ", 1, ""]} as
     * alternating text and place numbers.
     */
    java.util.List<Object> pattern(String key) {
        String text = provider.getTranslation(key, locale);
        java.util.List<Object> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("\\{(\\d)}").matcher(text);
        int from = 0;
        while (place.find()) {
            parts.add(text.substring(from, place.start()));
            parts.add(Integer.parseInt(place.group(1)));
            from = place.end();
        }
        parts.add(text.substring(from));
        return parts;
    }
}
