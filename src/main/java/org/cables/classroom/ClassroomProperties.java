package org.cables.classroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Classes.
 *
 * @param retention    how long a class's student names and answers are kept after it starts
 *                     (default 30 days); then the retention job deletes the class
 * @param joinAttempts wrong join codes one address may try within {@code joinWindow} before it
 *                     must wait (default 20; a class behind one school network shares an address)
 * @param joinWindow   the window for {@code joinAttempts} (default 5 minutes)
 */
@ConfigurationProperties("exhibit.classroom")
public record ClassroomProperties(Duration retention, Integer joinAttempts, Duration joinWindow) {

    public ClassroomProperties {
        retention = positive(retention, Duration.ofDays(30), "retention");
        joinWindow = positive(joinWindow, Duration.ofMinutes(5), "join-window");
        if (joinAttempts == null) {
            joinAttempts = 20;
        }
        if (joinAttempts < 1) {
            throw new IllegalArgumentException("exhibit.classroom.join-attempts must be at least 1, not " + joinAttempts);
        }
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("exhibit.classroom." + name + " must be longer than zero, not " + value);
        }
        return value;
    }
}
