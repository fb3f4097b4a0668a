package org.cables.incident;

import org.cables.system.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The incident table on a real PostgreSQL server, with the same Flyway migrations. Runs when
 * {@code cables.test.postgres.url} is set (by .ci/run); in CI a missing server fails the build.
 */
@DataJpaTest
@ActiveProfiles("postgres")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class IncidentRepositoryPostgresTest extends IncidentRepositoryContract {

    @BeforeAll
    static void requireServer() {
        PostgresTestDatabase.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
