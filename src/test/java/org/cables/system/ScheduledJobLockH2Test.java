package org.cables.system;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** Scheduled jobs' locks on embedded H2, migrated by Flyway. */
@JdbcTest
class ScheduledJobLockH2Test extends ScheduledJobLockContract {
}
