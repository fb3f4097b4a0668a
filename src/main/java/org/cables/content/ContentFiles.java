package org.cables.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text files of a content folder, by path relative to the folder ({@code cables/x.md}).
 * Read from a folder on disk, or from the content bundled in the jar.
 */
public record ContentFiles(String origin, List<File> files) {

    /** One file: its path inside the content folder and its text (null when unreadable). */
    public record File(String path, String text, String readError) {
    }

    /** Files bigger than this are refused: content files are small. */
    static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    public ContentFiles {
        files = files.stream().sorted(Comparator.comparing(File::path)).toList();
    }

    public static ContentFiles fromDirectory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IllegalArgumentException("Not a content folder: " + base);
        }
        try (Stream<Path> walk = Files.walk(base)) {
            List<File> files = new ArrayList<>();
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String relative = base.relativize(path).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue; // hidden files and folders (editor backups, drafts)
                }
                try {
                    if (Files.size(path) > MAX_FILE_BYTES) {
                        files.add(new File(relative, null, "file is larger than 2 MB"));
                    } else {
                        files.add(decode(relative, Files.readAllBytes(path)));
                    }
                } catch (IOException e) {
                    files.add(new File(relative, null, "cannot be read: " + e.getMessage()));
                }
            }
            return new ContentFiles(base.toString(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content bundled in the application under {@code classpath:content/}. */
    public static ContentFiles bundled() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] resources = resolver.getResources("classpath*:content/**/*");
            List<File> files = new ArrayList<>();
            for (Resource resource : resources) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/content/");
                if (at < 0) {
                    continue;
                }
                String relative = url.substring(at + "/content/".length());
                if (relative.isEmpty() || relative.endsWith("/") || relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.add(decode(relative, in.readAllBytes()));
                }
            }
            return new ContentFiles("classpath:content/", files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File decode(String relative, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new File(relative, text.replace("\r\n", "\n"), null);
        } catch (CharacterCodingException e) {
            return new File(relative, null, "is not UTF-8 text");
        }
    }

    /**
     * A SHA-256 of every file's path and text (or read error), in path order: the same for the
     * same content wherever it is read from.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            files.stream().sorted(java.util.Comparator.comparing(File::path)).forEach(f -> {
                digest.update(f.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update((f.text() != null ? "T" + f.text() : "E" + f.readError()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<File> under(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return files.stream().filter(f -> f.path().startsWith(prefix)).toList();
    }

    public java.util.Optional<File> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
