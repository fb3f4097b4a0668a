package org.cables.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the exhibit keeps its data and reads its content.
 *
 * @param dataDir    folder for the embedded H2 database (default {@code ./data})
 * @param contentDir folder with curated content to use instead of the content bundled in
 *                   the jar; empty means the bundled content
 * @param publicUrl  the address visitors' phones can reach the exhibit at (for QR codes on a
 *                   kiosk, whose own address is localhost); empty means the address of the request
 */
@ConfigurationProperties("exhibit")
public record ExhibitProperties(Path dataDir, Path contentDir, java.net.URI publicUrl) {

    public ExhibitProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    /** A sentence for the start-up log naming the content in use. */
    public String describeContent() {
        return contentDir == null
                ? "the content bundled with the exhibit (classpath:content/)"
                : "the content folder " + contentDir.toAbsolutePath().normalize();
    }
}
