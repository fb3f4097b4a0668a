package org.cables.incident;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/** The incident table on embedded H2, migrated by Flyway. */
@JdbcTest
@Import(IncidentRepository.class)
class IncidentRepositoryH2Test extends IncidentRepositoryContract {
}
