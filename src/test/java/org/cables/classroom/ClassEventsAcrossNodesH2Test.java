package org.cables.classroom;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** On H2, the single-machine default, a node's class events stay on it. */
@JdbcTest
class ClassEventsAcrossNodesH2Test extends ClassEventsAcrossNodesContract {

    @Override
    boolean crossesNodes() {
        return false;
    }
}
