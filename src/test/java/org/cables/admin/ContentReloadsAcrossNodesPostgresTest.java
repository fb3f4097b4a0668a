package org.cables.admin;

import org.cables.testing.OnPostgres;

/** On PostgreSQL, a reload on one node reaches every node (LISTEN/NOTIFY). */
@OnPostgres
class ContentReloadsAcrossNodesPostgresTest extends ContentReloadsAcrossNodesContract {

    @Override
    boolean crossesNodes() {
        return true;
    }
}
