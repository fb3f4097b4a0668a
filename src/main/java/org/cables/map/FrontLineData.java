package org.cables.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cables.content.ChronologyEvent;
import org.cables.content.Corpus;
import org.cables.content.FrontLines;
import org.cables.content.Place;
import org.cables.content.PlaceId;
import org.springframework.util.DigestUtils;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code <cables-front-map>} draws, in one corpus's language: the front's dated states, the
 * places it may label and the events it may mark. The map fetches it from
 * {@code /map-data/front-lines-LANG.json} (and the browser keeps it), instead of every map on every
 * visitor's page holding a copy in its state and sending it again with each page (issue 22,
 * decision 66). Written once per corpus: a content reload makes a new corpus, and a new version in
 * the address.
 */
final class FrontLineData {

    /**
     * A JSON document the map fetches, and its digest (its ETag; this data's address carries the
     * first twelve digits). Also the base map's GeoJSON ({@link MapDataController}).
     */
    record Published(String json, String digest) {

        static Published of(String json) {
            return new Published(json, DigestUtils.md5DigestAsHex(json.getBytes(StandardCharsets.UTF_8)));
        }

        String version() {
            return digest.substring(0, 12);
        }
    }

    private record Key() {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private FrontLineData() {
    }

    static Published of(Corpus corpus) {
        return corpus.drawn(new Key(), key -> Published.of(JSON.writeValueAsString(data(corpus))));
    }

    /** The address (relative to the page's base) from which a map in this corpus's language loads its data. */
    static String address(Corpus corpus) {
        return "map-data/front-lines-" + corpus.language().getLanguage() + ".json?v=" + of(corpus).version();
    }

    private static Map<String, Object> data(Corpus corpus) {
        FrontLines map = corpus.frontLines();
        List<Map<String, Object>> states = new ArrayList<>();
        for (FrontLines.State s : map.states()) {
            states.add(Map.of(
                    "id", s.id(),
                    "day", s.date().toEpochDay(),
                    "label", s.label(),
                    "line", s.line().stream().map(p -> Map.of("lat", p.lat(), "lon", p.lon(), "approx", p.approx(), "gap", p.gap())).toList(),
                    "area", s.unClosure().stream().map(p -> List.of(p.lat(), p.lon())).toList(),
                    "pockets", s.pockets().stream().map(p -> Map.of("label", p.label(), "lat", p.lat(), "lon", p.lon(), "radiusKm", p.radiusKm())).toList()));
        }
        List<Map<String, Object>> places = new ArrayList<>();
        for (Place p : corpus.places()) {
            if (p.lat() >= 32 && p.lat() <= 44 && p.lon() >= 122 && p.lon() <= 132.5 && !"region".equals(p.kind())
                    && !"country".equals(p.kind()) && !"sea".equals(p.kind()) && !"line".equals(p.kind())
                    && !"peninsula".equals(p.kind()) && !"river".equals(p.kind())) {
                places.add(Map.of("id", p.id().value(), "name", p.name(), "lat", p.lat(), "lon", p.lon()));
            }
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (FrontLines.MapEvent e : map.events()) {
            ChronologyEvent event = corpus.event(e.event()).orElse(null);
            if (event != null && event.date().isExactDay()) {
                events.add(Map.of("id", e.event().value(), "day", event.date().start().toEpochDay(),
                        "title", event.title(), "place", e.place().value()));
            }
        }
        return Map.of(
                "first", FrontLines.FIRST_DAY.toEpochDay(),
                "last", FrontLines.LAST_DAY.toEpochDay(),
                "states", states,
                "places", places,
                "keyPlaces", map.keyPlaces().stream().map(PlaceId::value).toList(),
                "events", events);
    }
}
