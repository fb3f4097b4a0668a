package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the map: map/front-lines.yaml (the dated front lines) and the GeoJSON base map and rivers. */
final class MapReader {

    static final String FRONT_LINES = "map/front-lines.yaml";

    private static final Set<String> MAP_FIELDS = Set.of("key_places", "events", "states", "south_closure");
    private static final Set<String> MAP_EVENT_FIELDS = Set.of("event", "place");
    private static final Set<String> STATE_FIELDS = Set.of("id", "date", "label", "line", "un_closure", "pockets",
            "places", "description", "sources", "accuracy");
    private static final Set<String> POCKET_FIELDS = Set.of("label", "centre", "radius_km");

    private final ContentYaml yaml;
    private final ContentProblems problems;

    MapReader(ContentYaml yaml, ContentProblems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    ContentRead.MapData read(ContentFiles files) {
        var file = files.file(FRONT_LINES);
        if (file.isEmpty()) {
            problems.add(FRONT_LINES, 0, "The file " + FRONT_LINES + " is missing",
                    "create it; content/README.md, section The map, describes it");
            return ContentRead.MapData.none();
        }
        if (file.get().text() == null) {
            return ContentRead.MapData.none();
        }
        YamlFields f = yaml.mapping(FRONT_LINES, file.get().text(), "The file must hold key_places, events and states",
                "see content/README.md, The map");
        if (f == null) {
            return ContentRead.MapData.none();
        }
        f.allowOnly(MAP_FIELDS, "the map");
        List<PlaceId> keyPlaces = f.ids("key_places", PlaceId::new, "place");
        var locatedKeyPlaces = new Located<>(keyPlaces, FRONT_LINES, f.line("key_places"), f.keyLines());
        List<Located<FrontLines.MapEvent>> events = new ArrayList<>();
        for (YamlFields e : f.objects("events")) {
            e.allowOnly(MAP_EVENT_FIELDS, "a map event");
            EventId event = e.id("event", e.string("event", true), EventId::new, "event");
            PlaceId place = e.id("place", e.string("place", true), PlaceId::new, "place");
            if (event != null && place != null) {
                events.add(ContentYaml.located(new FrontLines.MapEvent(event, place), e));
            }
        }
        if (!f.has("states")) {
            f.problem("states", "Missing required field 'states'", "list the dated states of the front");
        }
        List<Located<FrontLines.State>> states = new ArrayList<>();
        for (YamlFields s : f.objects("states")) {
            Located<FrontLines.State> state = state(s);
            if (state != null) {
                states.add(state);
            }
        }
        FrontLines frontLines = new FrontLines(keyPlaces, events.stream().map(Located::value).toList(),
                states.stream().map(Located::value).toList(), geoJson(files, "map/basemap.geojson"),
                geoJson(files, "map/rivers.geojson"));
        return new ContentRead.MapData(frontLines, locatedKeyPlaces, states, events);
    }

    private Located<FrontLines.State> state(YamlFields s) {
        s.allowOnly(STATE_FIELDS, "a front-line state");
        String id = s.string("id", true);
        ExhibitDate date = s.date("date", true);
        if (date != null && !date.isExactDay()) {
            s.problem("date", "A front-line state needs an exact day, not " + date, "write YYYY-MM-DD");
            date = null;
        }
        String label = s.string("label", true);
        List<FrontLines.Point> line = points(s, "line", true);
        if (line.size() < 2 && s.has("line")) {
            s.problem("line", "A front line needs at least two points", "list the points west to east");
        }
        List<FrontLines.Point> closure = points(s, "un_closure", false);
        if (!s.has("un_closure")) {
            s.problem("un_closure", "Missing required field 'un_closure'",
                    "list the points that close the UN-held area from the line's east end back to its west end");
        }
        List<FrontLines.Pocket> pockets = new ArrayList<>();
        for (YamlFields p : s.objects("pockets")) {
            p.allowOnly(POCKET_FIELDS, "a pocket");
            String pocketLabel = p.string("label", true);
            List<Double> centre = numbers(p, "centre");
            Double radius = p.number("radius_km", true);
            if (radius != null && (radius < 1 || radius > 50)) {
                p.problem("radius_km", "A pocket's radius of " + radius + " km is implausible", "give 1 to 50 km");
            } else if (pocketLabel != null && centre.size() == 2 && radius != null) {
                pockets.add(new FrontLines.Pocket(pocketLabel, centre.get(0), centre.get(1), radius));
            }
        }
        List<PlaceId> places = s.ids("places", PlaceId::new, "place");
        String description = s.string("description", true);
        List<String> sources = s.strings("sources");
        if (sources.isEmpty()) {
            s.problem("sources", "A front-line state must name its sources", "add sources: [the history it comes from]");
        }
        String accuracy = s.string("accuracy", true);
        // A state with its text incomplete is still drawn in the check, so that the order
        // checks do not report a cascade; the missing text has been reported above.
        if (id != null && ContentId.isValid(id) && date != null && label != null && line.size() >= 2) {
            return ContentYaml.located(new FrontLines.State(id, date.start(), label, line, closure, pockets, places,
                    description, sources, accuracy), s);
        }
        if (id != null && !ContentId.isValid(id)) {
            s.problem("id", "'" + id + "' is not a valid state id", "ids use lower-case letters, digits and hyphens");
        }
        return null;
    }

    private List<Double> numbers(YamlFields f, String key) {
        List<Double> result = new ArrayList<>();
        for (String value : f.strings(key)) {
            try {
                result.add(Double.valueOf(value));
            } catch (NumberFormatException e) {
                f.problem(key, "'" + value + "' in '" + key + "' is not a number", "write decimal degrees such as 37.47");
                return List.of();
            }
        }
        if (result.size() != 2) {
            f.problem(key, "'" + key + "' must be [latitude, longitude]", "write e.g. [37.47, 126.62]");
            return List.of();
        }
        return result;
    }

    /** Points written [lat, lon] or [lat, lon, approx|gap]. */
    private List<FrontLines.Point> points(YamlFields f, String key, boolean required) {
        Node node = f.node(key);
        if (node == null) {
            if (required) {
                f.problem(key, "Missing required field '" + key + "'", "list the points as [latitude, longitude]");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            f.problem(key, "'" + key + "' must be a list of [latitude, longitude] points", "one '- [lat, lon]' per line");
            return List.of();
        }
        List<FrontLines.Point> points = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int line = f.lineOf(item);
            if (!(item instanceof SequenceNode pair) || pair.getValue().size() < 2 || pair.getValue().size() > 3
                    || !pair.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                problems.add(f.file(), line, "A point of '" + key + "' must be [latitude, longitude] or [latitude, longitude, approx|gap]",
                        "write e.g. [38.00, 127.50] or [36.37, 128.29, approx]");
                continue;
            }
            List<String> values = pair.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList();
            try {
                double lat = Double.parseDouble(values.get(0));
                double lon = Double.parseDouble(values.get(1));
                String flag = values.size() == 3 ? values.get(2) : "";
                if (!flag.isEmpty() && !flag.equals("approx") && !flag.equals("gap")) {
                    problems.add(f.file(), line, "Unknown point mark '" + flag + "'", "use approx (an estimate) or gap (no line to the next point)");
                    continue;
                }
                if (lat < 32 || lat > 44 || lon < 122 || lon > 132.5) {
                    problems.add(f.file(), line, "The point " + lat + ", " + lon + " is outside the map of Korea",
                            "points are [latitude, longitude]: latitude 32–44, longitude 122–132.5; are they swapped?");
                    continue;
                }
                points.add(new FrontLines.Point(lat, lon, flag.equals("approx"), flag.equals("gap")));
            } catch (NumberFormatException e) {
                problems.add(f.file(), line, "A point of '" + key + "' has a value that is not a number", "write decimal degrees");
            }
        }
        return points;
    }

    /** A GeoJSON file of the map, checked to be a FeatureCollection; null when absent or broken. */
    private String geoJson(ContentFiles files, String path) {
        var file = files.file(path);
        if (file.isEmpty()) {
            problems.add(path, 0, "The file " + path + " is missing", "rebuild it with src/tools/basemap (see content/README.md, The map)");
            return null;
        }
        String text = file.get().text();
        if (text == null) {
            return null;
        }
        try {
            var json = new tools.jackson.databind.ObjectMapper().readTree(text);
            if (!"FeatureCollection".equals(json.path("type").asString()) || !json.path("features").isArray()) {
                problems.add(path, 1, "The file is not a GeoJSON FeatureCollection", "rebuild it with src/tools/basemap");
                return null;
            }
            return text;
        } catch (RuntimeException e) {
            problems.add(path, 1, "The file is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
                    "rebuild it with src/tools/basemap");
            return null;
        }
    }
}
