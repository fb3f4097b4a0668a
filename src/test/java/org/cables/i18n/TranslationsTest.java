package org.cables.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All interface texts at once: every key in every language, and every key the code asks for.
 * A failure lists every missing key, not just the first.
 */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "getTranslation\\(\\s*\"([a-z0-9][a-z0-9.\\-]*)\"\\s*[,)]|@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    static Properties bundle(Locale locale) {
        String name = locale == Locale.ENGLISH
                ? "/vaadin-i18n/translations.properties"
                : "/vaadin-i18n/translations_" + locale.getLanguage() + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as("bundle %s", name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOthers() {
        Set<String> english = bundle(Locale.ENGLISH).stringPropertyNames();
        List<String> problems = new ArrayList<>();
        for (ExhibitLanguage language : ExhibitLanguage.values()) {
            Set<String> keys = bundle(language.locale()).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            missing.forEach(k -> problems.add(language + " is missing " + k));
            extra.forEach(k -> problems.add(language + " has " + k + ", which English lacks"));
        }
        assertThat(problems).as("translation keys").isEmpty();
    }

    @Test
    void noTextIsBlank() {
        List<String> problems = new ArrayList<>();
        for (ExhibitLanguage language : ExhibitLanguage.values()) {
            Properties p = bundle(language.locale());
            p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).isBlank())
                    .forEach(k -> problems.add(language + ": " + k + " is blank"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> english = bundle(Locale.ENGLISH).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!english.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but not in translations.properties").isEmpty();
    }
}
