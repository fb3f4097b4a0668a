package org.cables.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, valid content folder written to disk, which a test then breaks in one place.
 */
final class ContentFixture {

    static final String PEOPLE = """
            - id: stalin
              name: Joseph Stalin
              kind: person
              side: soviet-union
              born: 1878-12-18
              died: 1953-03-05
              roles:
                - title: Chairman of the Council of Ministers of the USSR
                  from: 1946-03-19
                  to: 1953-03-05
              variants: [I. V. Stalin]
              codenames:
                - name: Filippov
                  from: 1949
                  to: 1953-03
              bio: >
                Soviet leader.
            - id: mao-zedong
              name: Mao Zedong
              kind: person
              side: china
              born: 1893-12-26
              died: 1976-09-09
              roles:
                - title: Chairman of the Chinese Communist Party
              variants: [Mao Tse-tung]
              misspellings: [Mao Dong]
              bio: >
                Chinese leader.
            - id: shtykov
              name: Terenty Shtykov
              kind: person
              side: soviet-union
              roles:
                - title: Soviet ambassador in Pyongyang
              variants: [Shtikov]
              misspellings: [Shtytkov]
              bio: >
                Soviet ambassador.
            - id: politburo-cpsu
              name: Politburo of the Soviet Communist Party
              kind: body
              side: soviet-union
              roles:
                - title: Leadership of the Soviet party
              bio: >
                The Soviet party's leading body.
            """;

    static final String PLACES = """
            - id: beijing
              name: Beijing
              lat: 39.907
              lon: 116.391
              kind: city
              country: China
            - id: pyongyang
              name: Pyongyang
              misspellings: [Pyongyan]
              lat: 39.019
              lon: 125.738
              kind: city
              country: North Korea
            """;

    static final String TOPICS = """
            - id: decision-for-war
              name: The decision for war
              description: Kim Il Sung's requests and the answers.
            """;

    static final String CHRONOLOGY = """
            - id: 1950-05-13-kim-in-beijing
              date: 1950-05-13
              category: diplomacy
              title: Kim Il Sung arrives in Beijing
              text: >
                Kim comes to ask Mao for his agreement.
              cables: [1950-05-14-stalin-to-mao]
              people: [mao-zedong]
              places: [beijing]
              provenance: A chronology.
            - id: 1950-06-25-invasion
              date: 1950-06-25
              category: military
              title: North Korea invades the South
              text: >
                The war begins.
              provenance: Well established.
            """;

    static final String CABLE = """
            ---
            id: 1950-05-14-stalin-to-mao
            date: 1950-05-14
            type: ciphered-telegram
            title: Stalin tells Mao he agrees to Kim's plan
            from: [stalin]
            to: [mao-zedong]
            via: []
            as_written:
              - name: Filippov
                person: stalin
            original_language: russian
            summary: >
              Stalin agrees, on condition that China agrees too.
            places: [beijing]
            topics: [decision-for-war]
            text: excerpts
            provenance: Quoted in a published article.
            ---
            > The question should be decided finally by the Chinese and Korean comrades together.

            Source: Telegram of 14 May 1950, as quoted in a published article.
            """;

    static final String REPLY = """
            ---
            id: 1950-05-15-mao-to-stalin
            date: 1950-05-15
            type: telegram
            title: Mao answers
            from: [mao-zedong]
            to: [stalin]
            original_language: chinese
            summary: >
              Only the title of this telegram is known.
            topics: [decision-for-war]
            in_reply_to: 1950-05-14-stalin-to-mao
            text: none
            provenance: Listed in a published index.
            ---
            """;

    static final String TOUR = """
            id: road-to-war
            title: The road to war
            period: { from: 1949-03, to: 1950-06-25 }
            summary: >
              How the war was decided.
            """;

    static final String STOP = """
            ---
            id: the-green-light
            title: The green light
            date: 1950-05-14
            cables:
              - id: 1950-05-14-stalin-to-mao
                highlight: "decided finally by the Chinese and Korean comrades together"
            map:
              places: [beijing]
            question: Why did Stalin leave the final word to Mao?
            ---
            """ + "Words of our own narrative. ".repeat(40) + "\n";

    static final String FRONT_LINES = """
            key_places: [beijing]
            events:
              - { event: 1950-06-25-invasion, place: pyongyang }
            states:
              - id: 38th-parallel
                date: 1950-06-25
                label: The 38th parallel
                line:
                  - [38.0, 124.6]
                  - [38.0, 125.6, gap]
                  - [38.0, 126.5, approx]
                  - [38.0, 128.75]
                un_closure: [[38.0, 131.8], [33.0, 131.8], [33.0, 123.0], [38.0, 123.0]]
                places: [pyongyang]
                description: The front on the first day.
                sources: [A history.]
                accuracy: Exact.
              - id: demarcation-line
                date: 1953-07-27
                label: The demarcation line
                line: [[37.84, 126.69], [38.62, 128.36]]
                un_closure: [[38.62, 131.8], [33.0, 131.8], [33.0, 123.0], [37.84, 123.0]]
                pockets:
                  - { label: A beachhead, centre: [39.83, 127.63], radius_km: 12 }
                description: The front on the last day.
                sources: [A history.]
                accuracy: Within 0.2 km.
            """;

    static final String GEOJSON = "{\"type\": \"FeatureCollection\", \"features\": []}\n";

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    static ContentFixture valid(Path root) {
        ContentFixture fixture = new ContentFixture(root);
        fixture.write("people.yaml", PEOPLE);
        fixture.write("places.yaml", PLACES);
        fixture.write("topics.yaml", TOPICS);
        fixture.write("chronology.yaml", CHRONOLOGY);
        fixture.write("cables/1950-05-14-stalin-to-mao.md", CABLE);
        fixture.write("cables/1950-05-15-mao-to-stalin.md", REPLY);
        fixture.write("tours/road-to-war/tour.yaml", TOUR);
        fixture.write("tours/road-to-war/01-the-green-light.md", STOP);
        fixture.write("map/front-lines.yaml", FRONT_LINES);
        fixture.write("map/basemap.geojson", GEOJSON);
        fixture.write("map/rivers.geojson", GEOJSON);
        return fixture;
    }

    ContentFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file; fails if the text is not there (so the test breaks what it means to). */
    /** The checker's problems with this content, each as a curator reads it (file:line: message. Fix: hint). */
    java.util.List<String> problems() {
        return check().problems().stream().map(ContentProblem::format).toList();
    }

    ContentFixture replace(String path, String from, String to) {
        try {
            Path file = root.resolve(path);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException("'" + from + "' is not in " + path);
            }
            Files.writeString(file, text.replace(from, to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentChecker.Result check() {
        return ContentChecker.check(ContentFiles.fromDirectory(root));
    }
}
