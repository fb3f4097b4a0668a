package org.cables.shell;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ChronologyNavigation;
import org.cables.navigation.MapNavigation;
import org.cables.navigation.QuizNavigation;
import org.cables.navigation.TourNavigation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The parts of the exhibit a visitor can enter from the home page. A part is offered only
 * once its view exists, so the home page never links to a page that is not there.
 */
enum ExhibitFeature {
    TOURS(TourNavigation.TOURS, "vaadin:road-branches"),
    ARCHIVE(ArchiveNavigation.ARCHIVE, "vaadin:archive"),
    MAP(MapNavigation.MAP, "vaadin:map-marker"),
    CHRONOLOGY(ChronologyNavigation.CHRONOLOGY, "vaadin:calendar"),
    QUIZZES(QuizNavigation.QUIZZES, "vaadin:academy-cap");

    private final String path;
    private final String icon;

    ExhibitFeature(String path, String icon) {
        this.path = path;
        this.icon = icon;
    }

    String path() {
        return path;
    }

    String icon() {
        return icon;
    }

    String titleKey() {
        return "home.feature." + name().toLowerCase() + ".title";
    }

    String descriptionKey() {
        return "home.feature." + name().toLowerCase() + ".description";
    }

    /** The features whose page exists, by the given test of a route path. */
    static List<ExhibitFeature> available(Predicate<String> pathExists) {
        return Arrays.stream(values()).filter(f -> pathExists.test(f.path)).toList();
    }
}
