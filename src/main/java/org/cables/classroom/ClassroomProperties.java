package org.cables.classroom;

import java.time.Duration;

import org.cables.system.ExhibitProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Classes.
 *
 * @param retention    how long a class's student names and answers are kept after it starts
 *                     (default 30 days); then the retention job deletes the class
 * @param joinAttempts wrong join codes one address (an IPv6 /64) may try within {@code joinWindow}
 *                     before it must wait (default 100: a class of 40 behind one school address
 *                     has room for its typos)
 * @param joinWindow   the window for the wrong codes (default 5 minutes)
 * @param joinAttemptsPerBrowser wrong join codes one browser may try within {@code joinWindow}
 *                     before it must wait (default 5), so that one student cannot use up the
 *                     address's tries for the whole class
 */
@ConfigurationProperties("exhibit.classroom")
public record ClassroomProperties(Duration retention, Integer joinAttempts, Duration joinWindow,
                                  Integer joinAttemptsPerBrowser) {

    public ClassroomProperties {
        retention = ExhibitProperties.positive(retention, Duration.ofDays(30), "exhibit.classroom.retention");
        joinWindow = ExhibitProperties.positive(joinWindow, Duration.ofMinutes(5), "exhibit.classroom.join-window");
        joinAttempts = atLeastOne(joinAttempts, 100, "exhibit.classroom.join-attempts");
        joinAttemptsPerBrowser = atLeastOne(joinAttemptsPerBrowser, 5, "exhibit.classroom.join-attempts-per-browser");
    }

    private static int atLeastOne(Integer value, int otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
