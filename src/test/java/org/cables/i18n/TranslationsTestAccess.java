package org.cables.i18n;

import java.util.Locale;
import java.util.Set;

/** Lets tests in other packages read the English keys. */
public final class TranslationsTestAccess {

    private TranslationsTestAccess() {
    }

    public static Set<String> englishKeys() {
        return TranslationsTest.bundle(Locale.ENGLISH).stringPropertyNames();
    }
}
