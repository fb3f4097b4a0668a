package org.cables.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start: when the exhibit has no admin yet, the first admin is created from
 * {@code exhibit.staff.admin-username} and {@code exhibit.staff.admin-password}. Without a
 * password the log says how to create one; the exhibit itself runs either way.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final StaffProperties properties;

    FirstAdmin(StaffAccounts accounts, StaffProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count(StaffRole.ADMIN) > 0) {
            return;
        }
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            LOG.warn("No staff admin account yet. To create one, start the exhibit once with "
                    + "CABLES_ADMIN_PASSWORD set (at least {} characters and at most {} bytes; user name 'admin' or "
                    + "exhibit.staff.admin-username).", StaffAccounts.MIN_PASSWORD, StaffAccounts.MAX_PASSWORD_BYTES);
            return;
        }
        try {
            accounts.create(properties.adminUsername(), "Administrator", password, StaffRole.ADMIN);
            LOG.info("Created the first admin account '{}' from exhibit.staff.admin-password.", properties.adminUsername());
        } catch (StaffAccounts.Refused refused) {
            LOG.error("Could not create the first admin account '{}': {} The exhibit runs without staff accounts until "
                    + "it is started again with a better CABLES_ADMIN_PASSWORD (or exhibit.staff.admin-username).",
                    properties.adminUsername(), explain(refused.key(), password));
        }
    }

    /** The reason, in words for whoever reads the start-up log. */
    private static String explain(String key, String password) {
        return switch (key) {
            case "staff.refused.password-short" -> "CABLES_ADMIN_PASSWORD has " + password.codePointCount(0, password.length())
                    + " characters; a password needs at least " + StaffAccounts.MIN_PASSWORD + ".";
            case "staff.refused.password-long" -> "CABLES_ADMIN_PASSWORD is "
                    + password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes long in UTF-8; a password may have at most "
                    + StaffAccounts.MAX_PASSWORD_BYTES + " (BCrypt ignores the rest; a Korean letter takes 3 bytes). Choose a shorter passphrase.";
            case "staff.refused.username" -> "the user name must have 3 to 60 lower-case letters, digits, '.', '_' or '-'.";
            default -> key;
        };
    }
}
