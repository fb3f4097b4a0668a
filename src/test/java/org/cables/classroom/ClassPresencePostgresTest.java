package org.cables.classroom;

import org.cables.testing.OnPostgres;

/** On PostgreSQL, where several nodes share the rows. */
@OnPostgres
class ClassPresencePostgresTest extends ClassPresenceContract {
}
