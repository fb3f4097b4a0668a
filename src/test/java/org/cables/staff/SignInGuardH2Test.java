package org.cables.staff;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** Staff sign-in counts on embedded H2, migrated by Flyway. */
@JdbcTest
class SignInGuardH2Test extends SignInGuardContract {
}
