package org.cables.incident;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The incident table on embedded H2, migrated by Flyway and validated by Hibernate. */
@DataJpaTest
class IncidentRepositoryH2Test extends IncidentRepositoryContract {
}
