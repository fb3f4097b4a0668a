package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curator's command: java -jar cables.jar check-content FOLDER. */
class CheckContentCommandTest {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CheckContentCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void validContentExitsZero() {
        ContentFixture.valid(folder);
        assertThat(run("check-content", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is valid (11 files)");
    }

    @Test
    void problemsAreListedAndExitOne() {
        ContentFixture.valid(folder)
                .replace(ContentCheckerTest.REPLY, "type: telegram", "type: telegramme")
                .replace(ContentCheckerTest.CABLE, "to: [mao-zedong]", "to: [kim-il-sung]");
        assertThat(run("check-content", folder.toString())).isEqualTo(1);
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("2 problems in the content at ")
                .contains(ContentCheckerTest.CABLE + ":7: 'to' refers to the person 'kim-il-sung'")
                .contains(ContentCheckerTest.REPLY + ":4: 'type' has an unknown value 'telegramme'");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("check-content", folder.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not a folder");
    }

    @Test
    void withoutAFolderTheBundledContentIsChecked() {
        assertThat(run("check-content")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("classpath:content/ is valid");
    }
}
