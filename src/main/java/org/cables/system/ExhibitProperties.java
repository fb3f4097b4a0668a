package org.cables.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the exhibit keeps its data and reads its content.
 *
 * @param dataDir    folder for the embedded H2 database (default {@code ./data})
 * @param contentDir folder with curated content to use instead of the content bundled in
 *                   the jar; empty means the bundled content
 * @param publicUrl  the address visitors' phones can reach the exhibit at (for QR codes on a
 *                   kiosk, whose own address is localhost); empty means the address of the request
 * @param kiosk      museum kiosk settings
 */
@ConfigurationProperties("exhibit")
public record ExhibitProperties(Path dataDir, Path contentDir, java.net.URI publicUrl, Kiosk kiosk) {

    public ExhibitProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (kiosk == null) {
            kiosk = new Kiosk(false, null, null, null, null);
        }
    }

    /**
     * The exhibit on a touch screen in a gallery.
     *
     * @param enabled     every visitor is a kiosk visitor and the start page is the attract loop
     *                    (the {@code kiosk} profile); without it, a browser becomes a kiosk by
     *                    opening {@code /kiosk}
     * @param idleTimeout quiet time before "Still exploring?" appears (default 90 s)
     * @param countdown   how long "Still exploring?" waits before the kiosk starts afresh (default 20 s)
     * @param heartbeat   how often a kiosk checks that the server it talks to is still the same
     *                    one, to start afresh after a restart (default 15 s)
     * @param language    the language every kiosk visit starts in ({@code ko} for Korean); by default
     *                    the kiosk browser's own language
     */
    public record Kiosk(boolean enabled, Duration idleTimeout, Duration countdown, Duration heartbeat, java.util.Locale language) {

        public Kiosk {
            idleTimeout = positive(idleTimeout, Duration.ofSeconds(90), "exhibit.kiosk.idle-timeout");
            countdown = positive(countdown, Duration.ofSeconds(20), "exhibit.kiosk.countdown");
            heartbeat = positive(heartbeat, Duration.ofSeconds(15), "exhibit.kiosk.heartbeat");
        }
    }

    /** A duration setting: its default when not set; longer than zero, or the exhibit refuses to start. */
    public static Duration positive(Duration value, Duration fallback, String property) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be longer than zero, not " + value);
        }
        return value;
    }

    /** A sentence for the start-up log naming the content in use. */
    public String describeContent() {
        return contentDir == null
                ? "the content bundled with the exhibit (classpath:content/)"
                : "the content folder " + contentDir.toAbsolutePath().normalize();
    }
}
