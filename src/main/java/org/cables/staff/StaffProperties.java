package org.cables.staff;

import java.time.Duration;

import org.cables.system.ExhibitProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts: the first admin, created on first start when the exhibit has no admin yet, and
 * how many wrong passwords the sign-in takes before it pauses.
 *
 * @param adminUsername  the first admin's user name (default {@code admin})
 * @param adminPassword  the first admin's password ({@code CABLES_ADMIN_PASSWORD}); without it no
 *                       admin is created and the log says how to create one
 * @param signInAttempts wrong passwords for one user name before its sign-in is locked for
 *                       {@code signInLock} (default 10); one address may type three times as many.
 *                       From the third wrong one on, each further try must wait a little longer.
 * @param signInLock     how long a locked user name or address waits (default 15 minutes); wrong
 *                       passwords further apart than this are forgotten
 */
@ConfigurationProperties("exhibit.staff")
public record StaffProperties(String adminUsername, String adminPassword, Integer signInAttempts, Duration signInLock) {

    public StaffProperties {
        if (adminUsername == null || adminUsername.isBlank()) {
            adminUsername = "admin";
        }
        if (signInAttempts == null) {
            signInAttempts = 10;
        }
        if (signInAttempts < SignInGuard.SLOW_DOWN_AFTER + 1) {
            throw new IllegalArgumentException("exhibit.staff.sign-in-attempts must be at least "
                    + (SignInGuard.SLOW_DOWN_AFTER + 1) + ", not " + signInAttempts);
        }
        signInLock = ExhibitProperties.positive(signInLock, Duration.ofMinutes(15), "exhibit.staff.sign-in-lock");
    }
}
