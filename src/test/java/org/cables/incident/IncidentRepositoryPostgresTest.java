package org.cables.incident;

import org.cables.testing.OnPostgres;
import org.springframework.context.annotation.Import;

/**
 * The incident table on a real PostgreSQL server, with the same Flyway migrations. Runs when
 * {@code cables.test.postgres.url} is set (by .ci/run); in CI a missing server fails the build.
 */
@OnPostgres
@Import(IncidentRepository.class)
class IncidentRepositoryPostgresTest extends IncidentRepositoryContract {
}
