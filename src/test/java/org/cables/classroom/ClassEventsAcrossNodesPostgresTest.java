package org.cables.classroom;

import org.cables.testing.OnPostgres;

/** On PostgreSQL, class events travel between the nodes that share it (LISTEN/NOTIFY). */
@OnPostgres
class ClassEventsAcrossNodesPostgresTest extends ClassEventsAcrossNodesContract {

    @Override
    boolean crossesNodes() {
        return true;
    }
}
