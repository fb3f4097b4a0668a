package org.cables.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar cables.jar check-content [FOLDER]}: checks a content folder (default: the
 * content bundled in the jar) without starting the exhibit. Prints every problem with file,
 * line and fix; exits 0 when the content is valid, 1 when it has problems, 2 on bad usage.
 */
public final class CheckContentCommand {

    public static final String NAME = "check-content";

    private CheckContentCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 2 || (args.length == 2 && args[1].startsWith("-"))) {
            err.println("Usage: java -jar cables.jar check-content [content-folder]");
            return 2;
        }
        ContentFiles files;
        if (args.length == 2) {
            Path folder = Path.of(args[1]);
            if (!Files.isDirectory(folder)) {
                err.println("Not a folder: " + folder.toAbsolutePath());
                return 2;
            }
            files = ContentFiles.fromDirectory(folder);
        } else {
            files = ContentFiles.bundled();
        }
        ContentChecker.Result result = ContentChecker.check(files);
        (result.ok() ? out : err).println(result.report());
        return result.ok() ? 0 : 1;
    }
}
