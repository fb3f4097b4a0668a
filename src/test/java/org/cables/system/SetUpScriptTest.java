package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code .mvn/cables-env.sh} (the JDK and Node.js set-up that {@code ./mvnw} and the load scripts
 * source) hands the caller's shell back with the options it had: until 5 December 2026 it ended
 * with {@code set -euf}, which turned globbing off in {@code src/load/run-load.sh}, so its count
 * of the compiler's threads under {@code /proc/PID/task/*} read nothing.
 */
class SetUpScriptTest {

    @Test
    void aScriptThatSourcesItKeepsItsGlobs() throws Exception {
        assertThat(optionsAfterSourcing("set -eu")).contains("e").contains("u").doesNotContain("f");
    }

    @Test
    void theMavenWrapperKeepsItsOwnOptions() throws Exception {
        assertThat(optionsAfterSourcing("set -euf")).contains("e").contains("u").contains("f");
    }

    @Test
    void aShellWithNoOptionsGetsNoneOfThem() throws Exception {
        assertThat(optionsAfterSourcing(":")).doesNotContain("e").doesNotContain("u").doesNotContain("f");
    }

    /** The options ({@code $-}) of a POSIX shell that ran {@code before}, then sourced the script. */
    private static String optionsAfterSourcing(String before) throws IOException, InterruptedException {
        assumeTrue(new File("/bin/sh").canExecute(), "a POSIX shell");
        Process shell = new ProcessBuilder("/bin/sh", "-c",
                before + "; CABLES_ENV_QUIET=1 . .mvn/cables-env.sh >/dev/null 2>&1; printf '%s' \"$-\"")
                .redirectErrorStream(true)
                .start();
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).as("the shell finished").isTrue();
        String options = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.exitValue()).as("exit status, output: %s", options).isZero();
        return options.replaceAll("[^a-zA-Z]", "");
    }
}
