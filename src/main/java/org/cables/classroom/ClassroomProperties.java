package org.cables.classroom;

import java.time.Duration;

import org.cables.system.ExhibitProperties;
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
        retention = ExhibitProperties.positive(retention, Duration.ofDays(30), "exhibit.classroom.retention");
        joinWindow = ExhibitProperties.positive(joinWindow, Duration.ofMinutes(5), "exhibit.classroom.join-window");
        if (joinAttempts == null) {
            joinAttempts = 20;
        }
        if (joinAttempts < 1) {
            throw new IllegalArgumentException("exhibit.classroom.join-attempts must be at least 1, not " + joinAttempts);
        }
    }
}
