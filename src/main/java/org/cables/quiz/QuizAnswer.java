package org.cables.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a visitor answered, in a form that can be stored as text and read back:
 * {@code c:stalin}, {@code m:a,b}, {@code tf:true}, {@code o:x,y,z}, {@code x:left=right;…}.
 */
public sealed interface QuizAnswer {

    String encode();

    record Choice(String id) implements QuizAnswer {
        public String encode() {
            return "c:" + id;
        }
    }

    record Choices(Set<String> ids) implements QuizAnswer {
        public Choices {
            ids = Set.copyOf(ids);
        }

        public String encode() {
            return "m:" + String.join(",", new TreeSet<>(ids));
        }
    }

    record TrueFalse(boolean value) implements QuizAnswer {
        public String encode() {
            return "tf:" + value;
        }
    }

    record Order(List<String> ids) implements QuizAnswer {
        public Order {
            ids = List.copyOf(ids);
        }

        public String encode() {
            return "o:" + String.join(",", ids);
        }
    }

    /** For each pair id on the left, the pair id whose right-hand side the visitor chose. */
    record Match(Map<String, String> chosen) implements QuizAnswer {
        public Match {
            chosen = Map.copyOf(chosen);
        }

        public String encode() {
            StringBuilder sb = new StringBuilder("x:");
            new java.util.TreeMap<>(chosen).forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
            return sb.toString();
        }
    }

    static QuizAnswer decode(String text) {
        int colon = text.indexOf(':');
        String kind = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        return switch (kind) {
            case "c" -> new Choice(rest);
            case "m" -> new Choices(rest.isEmpty() ? Set.of() : Set.of(rest.split(",")));
            case "tf" -> new TrueFalse(Boolean.parseBoolean(rest));
            case "o" -> new Order(rest.isEmpty() ? List.of() : List.of(rest.split(",")));
            case "x" -> {
                Map<String, String> map = new LinkedHashMap<>();
                for (String part : rest.split(";")) {
                    if (!part.isEmpty()) {
                        String[] kv = part.split("=", 2);
                        map.put(kv[0], kv[1]);
                    }
                }
                yield new Match(map);
            }
            default -> throw new IllegalArgumentException("Unknown answer: " + text);
        };
    }
}
