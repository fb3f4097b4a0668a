package org.cables.classroom;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import(ClassroomSlice.class)
class AssignmentsH2Test extends AssignmentsContract {
}
