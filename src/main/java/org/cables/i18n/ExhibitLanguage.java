package org.cables.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the exhibit speaks: its interface and, from the Korean edition of the content, every text a visitor reads. */
public enum ExhibitLanguage {
    ENGLISH(Locale.ENGLISH, "English"),
    KOREAN(Locale.KOREAN, "한국어");

    private final Locale locale;
    private final String nativeName;

    ExhibitLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(ExhibitLanguage::locale).toList();
    }

    /** The supported language matching a locale's language, if any. */
    public static Optional<ExhibitLanguage> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    /** The supported language for a locale, English when it is not supported. */
    public static ExhibitLanguage forLocale(Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
