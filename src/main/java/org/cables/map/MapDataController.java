package org.cables.map;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.cables.content.ExhibitContent;
import org.cables.content.FrontLines;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The map's base geography, served by the exhibit itself (no tile server, no internet):
 * {@code /map-data/basemap.geojson} and {@code /map-data/rivers.geojson}, cacheable and
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

    @GetMapping("/map-data/{name}.geojson")
    ResponseEntity<String> geoJson(@PathVariable String name, WebRequest request) {
        FrontLines map = content.corpus().frontLines();
        String json = switch (name) {
            case "basemap" -> map.basemapGeoJson();
            case "rivers" -> map.riversGeoJson();
            default -> null;
        };
        if (json == null) {
            return ResponseEntity.notFound().build();
        }
        // A weak ETag: Tomcat does not compress responses that carry a strong one.
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(json.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/geo+json"))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                .eTag(etag)
                .body(json);
    }
}
