package org.cables.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The content check moved to build time (issue 22). {@code ./mvnw package} runs {@link #main} on
 * the bundled content: it applies every rule, fails the build with each problem's file, line and
 * fix, and otherwise writes the content's fingerprint to {@value #RESOURCE} in the jar. At start
 * the exhibit reads the bundled content and, when its fingerprint is the sealed one, skips the
 * rules ({@link ContentChecker#checkSealed}); a content folder of the curators' is always checked
 * in full.
 */
public final class ContentSeal {

    /** Where the fingerprint of the checked bundled content is kept, on the class path. */
    public static final String RESOURCE = "content-checked.sha256";

    private ContentSeal() {
    }

    /** Argument: the folder of the built classes (the jar's root), where the seal is written. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        ContentFiles files = ContentFiles.fromDirectory(classes.resolve("content"));
        ContentChecker.Result result = ContentChecker.check(files);
        if (!result.ok()) {
            throw new IllegalStateException("The bundled content has problems; nothing is sealed:\n" + result.report());
        }
        Files.writeString(classes.resolve(RESOURCE), files.fingerprint() + "\n", StandardCharsets.UTF_8);
        System.out.println("Content checked at build time and sealed (" + files.files().size() + " files): " + classes.resolve(RESOURCE));
    }

    /** The sealed fingerprint in the jar, if the build wrote one. */
    public static Optional<String> sealed() {
        try (InputStream in = ContentSeal.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
