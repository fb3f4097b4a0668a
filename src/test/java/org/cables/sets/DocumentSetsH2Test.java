package org.cables.sets;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import(SetsSlice.class)
class DocumentSetsH2Test extends DocumentSetsContract {
}
