package org.cables.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created on first start when the exhibit has no admin yet.
 *
 * @param adminUsername the first admin's user name (default {@code admin})
 * @param adminPassword the first admin's password ({@code CABLES_ADMIN_PASSWORD}); without it no
 *                      admin is created and the log says how to create one
 */
@ConfigurationProperties("exhibit.staff")
public record StaffProperties(String adminUsername, String adminPassword) {

    public StaffProperties {
        if (adminUsername == null || adminUsername.isBlank()) {
            adminUsername = "admin";
        }
    }
}
