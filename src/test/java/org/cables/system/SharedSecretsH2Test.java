package org.cables.system;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** Shared secrets on embedded H2, migrated by Flyway. */
@JdbcTest
class SharedSecretsH2Test extends SharedSecretsContract {
}
