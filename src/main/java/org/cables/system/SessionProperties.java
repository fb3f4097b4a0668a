package org.cables.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many server sessions the exhibit keeps for passers-by (decision 28).
 *
 * @param probation  how long a new session lives if its browser never comes back (a link
 *                   checker, a crawler, a script without cookies); a browser that shows the page
 *                   comes back within a heartbeat and gets the full session time (default 2 minutes)
 * @param perAddress how many live sessions one network address may hold (default 1,000: a whole
 *                   school, or a mobile network's shared address, can be behind one)
 * @param max        how many live sessions the exhibit holds in all (default: as many as 60% of
 *                   the JVM's maximum heap holds at 200 KB each, at least 100)
 */
@ConfigurationProperties("exhibit.sessions")
public record SessionProperties(Duration probation, Integer perAddress, Integer max) {

    public SessionProperties {
        probation = ExhibitProperties.positive(probation, Duration.ofMinutes(2), "exhibit.sessions.probation");
        perAddress = atLeastOne(perAddress, 1000, "exhibit.sessions.per-address");
        max = atLeastOne(max, heapAllows(Runtime.getRuntime().maxMemory()), "exhibit.sessions.max");
    }

    /** Sessions that 60% of a heap holds at the measured 200 KB a session with its page (docs/performance.md). */
    static int heapAllows(long maxHeapBytes) {
        return (int) Math.max(100, Math.min(Integer.MAX_VALUE, maxHeapBytes * 6 / 10 / (200 * 1024)));
    }

    private static int atLeastOne(Integer value, int fallback, String property) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, not " + value);
        }
        return value;
    }
}
