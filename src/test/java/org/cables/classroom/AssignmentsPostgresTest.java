package org.cables.classroom;

import org.cables.testing.OnPostgres;
import org.springframework.context.annotation.Import;

@Import(ClassroomSlice.class)
@OnPostgres
class AssignmentsPostgresTest extends AssignmentsContract {
}
