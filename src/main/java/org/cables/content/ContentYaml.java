package org.cables.content;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML plumbing every reader shares: parsing with line numbers, lists of entries, and
 * Markdown files that start with front matter.
 */
final class ContentYaml {

    /** Front matter between '---' lines, then the Markdown body. */
    record FrontMatter(String yaml, String body, int bodyLine) {
    }

    private final ContentProblems problems;

    ContentYaml(ContentProblems problems) {
        this.problems = problems;
    }

    /**
     * Hands every entry of a file that is a list of mappings to {@code reader}; false when the
     * file as a whole could not be read (missing, unreadable, broken or not a list).
     */
    boolean eachEntry(ContentFiles files, String path, Consumer<YamlFields> reader) {
        var file = files.file(path);
        if (file.isEmpty()) {
            problems.add(path, 0, "The file " + path + " is missing", "create it; content/README.md describes it");
            return false;
        }
        if (file.get().text() == null) {
            return false;
        }
        Node root = parse(path, file.get().text(), 0);
        if (root == null) {
            return false;
        }
        if (!(root instanceof SequenceNode sequence)) {
            problems.add(path, root.getStartMark().getLine() + 1, "The file must be a list of entries",
                    "start every entry with '- id: …'");
            return false;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                reader.accept(new YamlFields(path, 0, problems, mapping));
            } else {
                problems.add(path, item.getStartMark().getLine() + 1, "Every entry must be a mapping of fields",
                        "write 'field: value' lines under '- id: …'");
            }
        }
        return true;
    }

    /** The fields of a file that is one mapping; null (and a problem) when it is not. */
    YamlFields mapping(String path, String text, String problem, String hint) {
        Node root = parse(path, text, 0);
        if (!(root instanceof MappingNode mapping)) {
            if (root != null) {
                problems.add(path, 1, problem, hint);
            }
            return null;
        }
        return new YamlFields(path, 0, problems, mapping);
    }

    /** Parses one YAML document; a syntax error becomes a problem with its line. */
    Node parse(String path, String yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        try {
            Node node = new Yaml(options).compose(new StringReader(yaml));
            if (node == null) {
                problems.add(path, 0, "The file is empty", "content/README.md shows what it should hold");
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            problems.add(path, line, "YAML syntax error: " + what.replace('\n', ' '),
                    "check the indentation and quoting on this line; put text containing ': ' or '#' in quotes");
            return null;
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // A character YAML does not allow (a control character, a stray byte): say where it is.
            int line = lineOffset + 1 + (int) yaml.substring(0, Math.min(Math.max(e.getPosition(), 0), yaml.length()))
                    .chars().filter(c -> c == '\n').count();
            problems.add(path, line, "A character that is not allowed here (code point U+%04X)".formatted(e.getCodePoint()),
                    "delete it, or retype the line: it is often an invisible character pasted from another program");
            return null;
        } catch (YAMLException e) {
            problems.add(path, 0, "YAML error: " + e.getMessage(), "check the file's syntax");
            return null;
        }
    }

    /** Splits a Markdown file into its front matter and body; null (and a problem) when it has none. */
    FrontMatter split(ContentFiles.File file) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            problems.add(file.path(), 1, "The file does not start with front matter",
                    "begin the file with a line '---', the fields, then another '---' line");
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        boolean atEnd = false;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            atEnd = true;
        }
        if (end < 0) {
            problems.add(file.path(), 1, "The front matter is not closed",
                    "add a line '---' after the last field");
            return null;
        }
        String yaml = text.substring(4, end + 1);
        String body = atEnd ? "" : text.substring(end + 5);
        int bodyLine = (int) text.substring(0, end + 5 > text.length() ? text.length() : end + 5).chars().filter(c -> c == '\n').count() + 1;
        return new FrontMatter(yaml, body.strip(), bodyLine);
    }

    /** The fields of the front matter, with the lines of the whole file; null when unreadable. */
    YamlFields frontMatterFields(ContentFiles.File file, FrontMatter fm) {
        Node root = parse(file.path(), fm.yaml(), 1);
        if (root == null) {
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file.path(), 2, "The front matter must be 'field: value' lines", "see content/README.md");
            return null;
        }
        return new YamlFields(file.path(), 1, problems, mapping);
    }

    /** An entry with where its fields were read. */
    static <T> Located<T> located(T value, YamlFields fields) {
        return new Located<>(value, fields.file(), fields.line(), fields.keyLines());
    }

    /** An entry of a Markdown file, whose body is the field "body". */
    static <T> Located<T> located(T value, YamlFields fields, FrontMatter fm) {
        Map<String, Integer> lines = new HashMap<>(fields.keyLines());
        lines.put("body", fm.bodyLine());
        return new Located<>(value, fields.file(), fields.line(), Map.copyOf(lines));
    }
}
