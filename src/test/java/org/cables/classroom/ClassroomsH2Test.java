package org.cables.classroom;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import(ClassroomSlice.class)
class ClassroomsH2Test extends ClassroomsContract {
}
