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
                    + "CABLES_ADMIN_PASSWORD set (at least {} characters; user name 'admin' or exhibit.staff.admin-username).",
                    StaffAccounts.MIN_PASSWORD);
            return;
        }
        try {
            accounts.create(properties.adminUsername(), "Administrator", password, StaffRole.ADMIN);
            LOG.info("Created the first admin account '{}' from exhibit.staff.admin-password.", properties.adminUsername());
        } catch (StaffAccounts.Refused refused) {
            LOG.error("Could not create the first admin account '{}': {} (a user name of 3-60 lower-case letters, digits, '.', '_' or '-'; "
                    + "a password of {}-72 characters).", properties.adminUsername(), refused.key(), StaffAccounts.MIN_PASSWORD);
        }
    }
}
