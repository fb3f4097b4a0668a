package org.cables.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The interface texts, from {@code vaadin-i18n/translations*.properties}. English is the
 * fallback for a key missing in another language; the test {@code TranslationsTest} makes sure
 * no key is missing in any language.
 */
@Component
public class ExhibitTranslations extends DefaultI18NProvider {

    public ExhibitTranslations() {
        super(ExhibitLanguage.locales());
    }
}
