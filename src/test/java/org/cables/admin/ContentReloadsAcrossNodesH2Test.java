package org.cables.admin;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** On H2, the single-machine default, a reload stays on its node. */
@JdbcTest
class ContentReloadsAcrossNodesH2Test extends ContentReloadsAcrossNodesContract {

    @Override
    boolean crossesNodes() {
        return false;
    }
}
