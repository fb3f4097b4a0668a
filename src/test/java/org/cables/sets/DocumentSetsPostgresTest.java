package org.cables.sets;

import org.cables.testing.OnPostgres;
import org.springframework.context.annotation.Import;

@Import(SetsSlice.class)
@OnPostgres
class DocumentSetsPostgresTest extends DocumentSetsContract {
}
