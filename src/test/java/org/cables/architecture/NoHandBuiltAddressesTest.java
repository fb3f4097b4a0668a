package org.cables.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Pages link to each other through the typed {@code *Navigation} classes, never through route
 * strings built by hand, so that a route is written once and a link cannot go stale.
 */
class NoHandBuiltAddressesTest {

    private static final String ROUTES = "(?:cables|people|tours|quizzes|archive|teach|map|chronology|join|class)";
    /** A route string glued to a value ("cables/" + id), or handed to a link or a navigation. */
    private static final Pattern HAND_BUILT = Pattern.compile(
            "\"" + ROUTES + "(?:/[^\"]*|\\?[^\"]*)?\"\\s*\\+"
                    + "|(?:new Anchor|navigate|setHref|replaceState|forwardTo)\\(\\s*(?:null,\\s*)?\"" + ROUTES + "[/?\"]");

    @Test
    void viewsLinkThroughTheNavigationClasses() throws IOException {
        Path main = Path.of("src/main/java/org/cables");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = main.relativize(file).toString();
                if (relative.startsWith("navigation") || relative.startsWith("content")) {
                    continue; // the routes themselves; content's own file paths ("cables/<id>.md")
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (HAND_BUILT.matcher(lines.get(i)).find()) {
                        found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("addresses built by hand").isEmpty();
    }

    @Test
    void thePatternCatchesWhatItIsFor() {
        assertThat(HAND_BUILT.matcher("new Anchor(\"cables/\" + id.value(), title)").find()).isTrue();
        assertThat(HAND_BUILT.matcher("ui.navigate(\"tours/\" + tour)").find()).isTrue();
        assertThat(HAND_BUILT.matcher("replaceState(null, \"map?date=\" + day)").find()).isTrue();
        assertThat(HAND_BUILT.matcher("new Anchor(\"quizzes\", text)").find()).isTrue();
        assertThat(HAND_BUILT.matcher("new Anchor(ArchiveNavigation.cable(id), title)").find()).isFalse();
    }
}
