package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * Every kind of content file, broken in every common way (bad YAML, a truncated file, a wrong
 * type, a missing field, a date that does not exist, an unknown reference, stray bytes, an empty
 * file): the checker rejects it and names the file, the line and the fix; nothing else breaks.
 */
class MalformedContentTest {

    static Path original;

    @BeforeAll
    static void realContent() throws IOException {
        original = Files.createTempDirectory("cables-malformed-original");
        FileSystemUtils.copyRecursively(Path.of("content"), original);
        assertThat(ContentChecker.check(ContentFiles.fromDirectory(original)).ok()).isTrue();
    }

    static final List<String> FILES = List.of(
            "cables/1949-05-15-shtykov-to-vyshinsky.md", "people.yaml", "places.yaml", "chronology.yaml", "topics.yaml",
            "tours/road-to-war/tour.yaml", "tours/road-to-war/03-moscow-says-no.md", "quizzes/road-to-war.yaml",
            "map/front-lines.yaml");

    record Breakage(String name, UnaryOperator<String> apply, boolean needsLine) {
    }

    static final List<Breakage> BREAKAGES = List.of(
            new Breakage("an unclosed bracket", text -> insertAfterLine(text, 6, "broken: [unclosed, list\n"), true),
            new Breakage("a tab for indentation", text -> insertAfterLine(text, 6, "\tindented: with a tab\n"), true),
            new Breakage("a truncated file", MalformedContentTest::truncate, true),
            new Breakage("a date that does not exist", text -> text.replaceFirst(
                    "(?m)^(\\s*-?\\s*(?:date|born|died|from|to|period_from|period_to)\\s*:\\s*\"?)(\\d{4})-\\d{2}-\\d{2}", "$1$2-02-30"), true),
            new Breakage("a wrong type", text -> text.replaceFirst("(?m)^(\\s*-?\\s*)id: .*$", "$1id: [a, list]"), true),
            new Breakage("an unknown reference", text -> text.replaceFirst("\\[(stalin|mao-zedong|kim-il-sung|shtykov|vyshinsky)", "[no-such-person"), true),
            new Breakage("stray control bytes", text -> insertAfterLine(text, 3, "\u0000\u0007\u001b[31m\n"), true),
            new Breakage("an empty file", text -> "", false));

    static Stream<Arguments> everyFileEveryBreakage() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : FILES) {
            for (Breakage breakage : BREAKAGES) {
                cases.add(Arguments.of(file, breakage.name(), breakage));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFileEveryBreakage")
    void isRejectedWithFileAndLine(String file, String name, Breakage breakage) throws IOException {
        Path folder = Files.createTempDirectory("cables-malformed");
        FileSystemUtils.copyRecursively(original, folder);
        Path target = folder.resolve(file);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        String broken = breakage.apply().apply(text);
        if (broken.equals(text)) {
            return; // this breakage does not apply to this file (say, no date in it)
        }
        Files.writeString(target, broken, StandardCharsets.UTF_8);

        ContentChecker.Result result = ContentChecker.check(ContentFiles.fromDirectory(folder));

        assertThat(result.ok()).as("%s with %s is rejected", file, name).isFalse();
        List<ContentProblem> here = result.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertThat(here).as("%s with %s: a problem names the file; all problems: %s", file, name, result.problems()).isNotEmpty();
        if (breakage.needsLine()) {
            assertThat(here).as("%s with %s: the problem names its line", file, name).anyMatch(p -> p.line() > 0);
        }
        assertThat(here).as("%s with %s: every problem says how to fix it", file, name)
                .allMatch(p -> p.hint() != null && !p.hint().isBlank());
        FileSystemUtils.deleteRecursively(folder);
    }

    /** The first half of the lines, then a line cut off in the middle of a quotation. */
    static String truncate(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(0, lines.size() / 2)) + "\nbroken: \"cut off in the middle\n";
    }

    static String insertAfterLine(String text, int line, String insert) {
        int at = 0;
        for (int i = 0; i < line && at >= 0; i++) {
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                return text + "\n" + insert;
            }
        }
        return text.substring(0, at) + insert + text.substring(at);
    }
}
