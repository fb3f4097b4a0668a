package org.cables.system;

import org.cables.testing.OnPostgres;

/**
 * Scheduled jobs' locks on a real PostgreSQL server, with the same Flyway migrations. Runs when
 * {@code cables.test.postgres.url} is set (by .ci/run); in CI a missing server fails the build.
 */
@OnPostgres
class ScheduledJobLockPostgresTest extends ScheduledJobLockContract {
}
