package org.cables.sets;

import org.cables.classroom.ClassroomSlice;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a database slice test of document sets needs: the classes' slice, and the sets. */
@TestConfiguration
@Import({ClassroomSlice.class, DocumentSets.class})
public class SetsSlice {
}
