package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Keys the shell builds from enum names, which the source scan in TranslationsTest cannot see. */
class ComputedTranslationKeysTest {

    @Test
    void featureAndAppearanceKeysExist() {
        Set<String> english = org.cables.i18n.TranslationsTestAccess.englishKeys();
        Set<String> missing = new TreeSet<>();
        Stream.concat(
                Arrays.stream(ExhibitFeature.values()).flatMap(f -> Stream.of(f.titleKey(), f.descriptionKey())),
                Arrays.stream(AppearanceSwitcher.Appearance.values()).map(AppearanceSwitcher.Appearance::key))
                .filter(k -> !english.contains(k))
                .forEach(missing::add);
        assertThat(missing).isEmpty();
    }
}
