package org.cables.map;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.FrontLines;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The map's data, served by the exhibit itself (no tile server, no internet): the base geography,
 * {@code /map-data/basemap.geojson} and {@code /map-data/rivers.geojson}, and the front's dated
 * states with the places and events the map marks, in English or Korean,
 * {@code /map-data/front-lines-en.json} and {@code /map-data/front-lines-ko.json}; cacheable and
 * revalidated by ETag after a content reload.
 */
@RestController
class MapDataController {

    static final String BASEMAP = "/map-data/basemap.geojson";
    static final String RIVERS = "/map-data/rivers.geojson";

    private final ExhibitContent content;

    MapDataController(ExhibitContent content) {
        this.content = content;
    }

    /** A base layer's GeoJSON with its digest, kept with the corpus like the front lines'. */
    private record GeoJsonKey(String name) {
    }

    @GetMapping("/map-data/{name}.geojson")
    ResponseEntity<String> geoJson(@PathVariable String name, WebRequest request) {
        Corpus corpus = content.corpus();
        FrontLines map = corpus.frontLines();
        String json = switch (name) {
            case "basemap" -> map.basemapGeoJson();
            case "rivers" -> map.riversGeoJson();
            default -> null;
        };
        if (json == null) {
            return ResponseEntity.notFound().build();
        }
        FrontLineData.Published data = corpus.drawn(new GeoJsonKey(name), key -> FrontLineData.Published.of(json));
        return cacheable(data.json(), data.digest(), MediaType.valueOf("application/geo+json"), request);
    }

    /** The front's dated states, places and events in a language ({@code en} or {@code ko}); see {@link FrontLineData}. */
    @GetMapping("/map-data/front-lines-{language}.json")
    ResponseEntity<String> frontLines(@PathVariable String language, WebRequest request) {
        Corpus corpus = switch (language) {
            case "en" -> content.corpus();
            case "ko" -> content.corpus(Locale.KOREAN);
            default -> null;
        };
        if (corpus == null) {
            return ResponseEntity.notFound().build();
        }
        FrontLineData.Published data = FrontLineData.of(corpus);
        return cacheable(data.json(), data.digest(), MediaType.APPLICATION_JSON, request);
    }

    /** A body with its digest as a weak ETag (Tomcat does not compress responses that carry a strong one). */
    private static ResponseEntity<String> cacheable(String body, String digest, MediaType type, WebRequest request) {
        String etag = "W/\"" + digest + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                .eTag(etag)
                .body(body);
    }
}
