package org.cables.classroom;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** On H2 too (one node in production, but the same tables and the same code). */
@JdbcTest
class ClassPresenceH2Test extends ClassPresenceContract {
}
