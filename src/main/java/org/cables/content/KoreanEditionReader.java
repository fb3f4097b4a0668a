package org.cables.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code ko/} (the Korean counterpart of each content file, at the same path) and
 * {@code glossary.yaml}. A list file ({@code ko/people.yaml}) holds entries keyed by id; any other
 * file holds the Korean texts of the one entry its English file holds, and a Markdown file's
 * body translates the English body.
 */
final class KoreanEditionReader {

    private static final String KEEP_ENGLISH = "keep_english";

    private final ContentYaml yaml;
    private final ContentProblems problems;

    KoreanEditionReader(ContentYaml yaml, ContentProblems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    KoreanEdition read(ContentFiles files) {
        Map<String, KoreanEntry> entries = new LinkedHashMap<>();
        for (ContentFiles.File file : files.under("ko")) {
            if (file.text() == null) {
                continue;
            }
            String english = file.path().substring(KoreanEdition.FOLDER.length());
            if (english.endsWith(".md")) {
                markdown(file, english, entries);
            } else if (english.endsWith(".yaml")) {
                yamlFile(file, english, entries);
            } else {
                problems.add(file.path(), 0, "Unexpected file in ko/",
                        "ko/ holds the Korean counterpart of a content file at the same path (.yaml or .md)");
            }
        }
        return new KoreanEdition(entries, glossary(files));
    }

    private void markdown(ContentFiles.File file, String english, Map<String, KoreanEntry> entries) {
        ContentYaml.FrontMatter fm = yaml.split(file);
        if (fm == null) {
            return;
        }
        Node root = yaml.parse(file.path(), fm.yaml(), 1);
        if (root != null && !(root instanceof MappingNode)) {
            problems.add(file.path(), 2, "The front matter must be 'field: value' lines", "see content/README.md");
            return;
        }
        Flat flat = new Flat(file.path(), 1);
        if (root != null) {
            flat.entry((MappingNode) root);
        }
        if (!fm.body().isBlank()) {
            flat.put("body", fm.body(), fm.bodyLine());
        }
        entries.put(KoreanEdition.key(english, null), flat.toEntry(1));
    }

    private void yamlFile(ContentFiles.File file, String english, Map<String, KoreanEntry> entries) {
        Node root = yaml.parse(file.path(), file.text(), 0);
        if (root == null) {
            return;
        }
        if (KoreanEdition.isListFile(english)) {
            if (!(root instanceof SequenceNode sequence)) {
                problems.add(file.path(), root.getStartMark().getLine() + 1, "The file must be a list of entries",
                        "start every entry with '- id: …', the id of the entry it translates");
                return;
            }
            for (Node item : sequence.getValue()) {
                String id = item instanceof MappingNode m ? scalar(m, "id") : null;
                if (id == null) {
                    problems.add(file.path(), item.getStartMark().getLine() + 1, "An entry without an id",
                            "start it with '- id: …', the id of the entry it translates");
                    continue;
                }
                Flat flat = new Flat(file.path(), 0);
                flat.entry((MappingNode) item);
                String key = KoreanEdition.key(english, id);
                if (entries.containsKey(key)) {
                    problems.add(file.path(), item.getStartMark().getLine() + 1, "The id '" + id + "' is translated twice",
                            "keep one entry for it");
                }
                entries.put(key, flat.toEntry(item.getStartMark().getLine() + 1));
            }
        } else {
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file.path(), root.getStartMark().getLine() + 1, "The file must be 'field: value' lines",
                        "see content/README.md, section \"The Korean edition\"");
                return;
            }
            Flat flat = new Flat(file.path(), 0);
            flat.entry(mapping);
            entries.put(KoreanEdition.key(english, null), flat.toEntry(1));
        }
    }

    private static String scalar(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v && !v.getTag().equals(Tag.NULL)) {
                return v.getValue().strip();
            }
        }
        return null;
    }

    /** Flattens one entry's YAML into keys; the id and keep_english are read, not translated texts. */
    private final class Flat {
        private final String file;
        private final int lineOffset;
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new HashMap<>();
        private final Set<String> keep = new LinkedHashSet<>();

        Flat(String file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        void entry(MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                switch (key.getValue()) {
                    case "id" -> { }
                    case KEEP_ENGLISH -> keepEnglish(tuple.getValueNode());
                    default -> node(key.getValue(), tuple.getValueNode());
                }
            }
        }

        private void keepEnglish(Node node) {
            if (node instanceof SequenceNode sequence) {
                sequence.getValue().stream().filter(ScalarNode.class::isInstance)
                        .forEach(n -> keep.add(((ScalarNode) n).getValue().strip()));
            } else if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                keep.add(s.getValue().strip());
            } else {
                problems.add(file, line(node), "keep_english must list the fields left in English",
                        "write for example keep_english: [title]");
            }
        }

        private void node(String key, Node node) {
            switch (node) {
                case ScalarNode s -> {
                    if (!s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) {
                        put(key, s.getValue().strip(), line(s));
                    }
                }
                case MappingNode m -> {
                    for (NodeTuple tuple : m.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode k) {
                            node(key + "." + k.getValue(), tuple.getValueNode());
                        }
                    }
                }
                case SequenceNode q -> {
                    List<Node> items = q.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        Node item = items.get(i);
                        String id = item instanceof MappingNode m ? scalar(m, "id") : null;
                        if (id != null) {
                            node(key + "." + id, withoutId((MappingNode) item));
                        } else {
                            node(key + "." + i, item);
                        }
                    }
                }
                default -> { }
            }
        }

        private MappingNode withoutId(MappingNode mapping) {
            List<NodeTuple> rest = new ArrayList<>(mapping.getValue().stream()
                    .filter(t -> !(t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id"))).toList());
            return new MappingNode(mapping.getTag(), rest, mapping.getFlowStyle());
        }

        void put(String key, String text, int line) {
            texts.put(key, text);
            lines.put(key, line);
        }

        private int line(Node node) {
            return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
        }

        KoreanEntry toEntry(int line) {
            return new KoreanEntry(file, line, texts, lines, keep);
        }
    }

    private KoreanEdition.Glossary glossary(ContentFiles files) {
        var file = files.file(KoreanEdition.GLOSSARY);
        if (file.isEmpty()) {
            if (!files.under("ko").isEmpty()) {
                problems.add(KoreanEdition.GLOSSARY, 0, "The glossary of the Korean edition is missing",
                        "create glossary.yaml; content/README.md, section \"The Korean edition\", describes it");
            }
            return null;
        }
        if (file.get().text() == null) {
            return null;
        }
        YamlFields root = yaml.mapping(file.get().path(), file.get().text(), "The glossary must be 'field: value' lines",
                "it holds terms:, people:, bodies:, places: and topics:");
        if (root == null) {
            return null;
        }
        root.allowOnly(Set.of("terms", "people", "bodies", "places", "topics"), "the glossary");
        List<KoreanEdition.Glossary.Term> terms = new ArrayList<>();
        for (YamlFields t : root.objects("terms")) {
            t.allowOnly(Set.of("en", "ko", "avoid", "note"), "a glossary term");
            String en = t.string("en", true);
            String ko = t.string("ko", true);
            if (en != null && ko != null) {
                terms.add(new KoreanEdition.Glossary.Term(en, ko, t.strings("avoid"), t.line()));
            }
        }
        Map<String, KoreanEdition.Glossary.Name> names = new LinkedHashMap<>();
        for (String list : List.of("people", "bodies", "places", "topics")) {
            String kind = switch (list) {
                case "people", "bodies" -> "person";
                case "places" -> "place";
                default -> "topic";
            };
            for (YamlFields n : root.objects(list)) {
                n.allowOnly(Set.of("id", "ko", "hanja", "avoid", "note"), "a glossary name");
                String id = n.string("id", true);
                String ko = n.string("ko", true);
                if (id != null && ko != null) {
                    names.put(kind + ":" + id, new KoreanEdition.Glossary.Name(ko, n.string("hanja", false), n.strings("avoid"), n.line()));
                }
            }
        }
        return new KoreanEdition.Glossary(terms, names);
    }
}
