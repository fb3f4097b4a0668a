package org.cables.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, reporting every problem with its file and line
 * instead of failing at the first.
 */
final class YamlFields {

    private final String file;
    private final int lineOffset;
    private final ContentProblems problems;
    private final MappingNode mapping;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlFields(String file, int lineOffset, ContentProblems problems, MappingNode mapping) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.mapping = mapping;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                values.put(key.getValue(), tuple.getValueNode());
                keyLines.put(key.getValue(), lineOf(key));
            }
        }
    }

    String file() {
        return file;
    }

    /** Line of the mapping itself (its first key). */
    int line() {
        return lineOf(mapping);
    }

    /** Line of a field's key, or of the mapping when the field is absent. */
    int line(String key) {
        return keyLines.getOrDefault(key, line());
    }

    Map<String, Integer> keyLines() {
        return Map.copyOf(keyLines);
    }

    int lineOf(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    void problem(String key, String message, String hint) {
        problems.add(file, line(key), message, hint);
    }

    /** The raw node of a field (null when absent or null). */
    Node node(String key) {
        Node node = values.get(key);
        return node == null || isNull(node) ? null : node;
    }

    boolean has(String key) {
        Node node = values.get(key);
        return node != null && !isNull(node);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** Reports fields that the schema does not know, suggesting the nearest known name. */
    void allowOnly(Set<String> known, String what) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String nearest = known.stream()
                        .min(Comparator.comparingInt(k -> distance(k, key)))
                        .filter(k -> distance(k, key) <= 3)
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse("allowed fields: " + String.join(", ", known.stream().sorted().toList()));
                problems.add(file, line(key), "Unknown field '" + key + "' in " + what, nearest);
            }
        }
    }

    String string(String key, boolean required) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(file, line(), "Missing required field '" + key + "'", "add '" + key + ": …'");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty() && required) {
                problems.add(file, lineOf(node), "Field '" + key + "' is empty", "write a value for '" + key + "'");
                return null;
            }
            return value.isEmpty() ? null : value;
        }
        problems.add(file, lineOf(node), "Field '" + key + "' must be text, not a " + shape(node),
                "write it as a single value");
        return null;
    }

    ExhibitDate date(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        Optional<ExhibitDate> date = ExhibitDate.parse(text);
        if (date.isEmpty()) {
            problems.add(file, line(key), "'" + key + "' is not a valid date: " + text,
                    "write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is unknown (e.g. 1950-10-01)");
            return null;
        }
        return date.get();
    }

    Integer integer(String key) {
        String text = string(key, false);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(file, line(key), "'" + key + "' must be a whole number, not " + text, "write digits only");
            return null;
        }
    }

    Double number(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(file, line(key), "'" + key + "' must be a number, not " + text, "write a decimal number such as 37.566");
            return null;
        }
    }

    <E extends Enum<E>> E enumeration(String key, Class<E> type, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        problems.add(file, line(key), "'" + key + "' has an unknown value '" + text + "'",
                "use one of: " + String.join(", ", allowed));
        return null;
    }

    List<String> strings(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            List<String> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                    result.add(scalar.getValue().strip());
                } else {
                    problems.add(file, lineOf(item), "Every entry of '" + key + "' must be text", "write a plain value");
                }
            }
            return result;
        }
        problems.add(file, lineOf(node), "Field '" + key + "' must be a list", "write [a, b] or one '- item' per line");
        return List.of();
    }

    /** A list of ids; invalid ones are reported and left out. */
    <T> List<T> ids(String key, Function<String, T> constructor, String kind) {
        List<T> result = new ArrayList<>();
        for (String value : strings(key)) {
            T id = id(key, value, constructor, kind);
            if (id != null) {
                result.add(id);
            }
        }
        return result;
    }

    <T> T id(String key, String value, Function<String, T> constructor, String kind) {
        if (value == null) {
            return null;
        }
        if (!ContentId.isValid(value)) {
            problems.add(file, line(key), "'" + value + "' in '" + key + "' is not a valid " + kind + " id",
                    "ids use lower-case letters, digits and hyphens, e.g. kim-il-sung");
            return null;
        }
        return constructor.apply(value);
    }

    Map<String, String> stringMap(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return Map.of();
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(file, lineOf(node), "Field '" + key + "' must be a mapping", "write one 'key: value' per line");
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
                result.put(k.getValue(), v.getValue().strip());
            } else {
                problems.add(file, lineOf(tuple.getKeyNode()), "Entries of '" + key + "' must be 'key: text'", "write one 'key: value' per line");
            }
        }
        return result;
    }

    YamlFields object(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof MappingNode map) {
            return new YamlFields(file, lineOffset, problems, map);
        }
        problems.add(file, lineOf(node), "Field '" + key + "' must be a mapping", "write one 'key: value' per line, indented");
        return null;
    }

    List<YamlFields> objects(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(node), "Field '" + key + "' must be a list", "write one '- …' entry per line");
            return List.of();
        }
        List<YamlFields> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode map) {
                result.add(new YamlFields(file, lineOffset, problems, map));
            } else {
                problems.add(file, lineOf(item), "Every entry of '" + key + "' must be a mapping", "write 'field: value' pairs under '-'");
            }
        }
        return result;
    }

    private static String shape(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "mapping" : "value";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
