package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.cables.system.NodeRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two exhibit nodes on one database, each with its own class events and relay: what a teacher
 * does on one node reaches the students' screens on the other (PostgreSQL), only once it is
 * committed; on H2 a node's events stay on it. Not in a test transaction: a notification is
 * sent on commit.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ClassEventsAcrossNodesContract {

    static final Duration ARRIVAL = Duration.ofSeconds(10);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final List<NodeRelay> relays = new java.util.ArrayList<>();

    /** A node: its own relay (with its own node id) and its own class events. */
    ClassroomEvents node() {
        NodeRelay relay = new NodeRelay(dataSource, jdbc);
        ClassroomEvents events = new ClassroomEvents(relay, new ClassPresence(jdbc, java.time.Clock.systemUTC()));
        relay.start();
        relays.add(relay);
        return events;
    }

    @AfterEach
    void stopNodes() {
        relays.forEach(NodeRelay::stop);
    }

    abstract boolean crossesNodes();

    @Test
    void aChangeOnOneNodeReachesTheOtherNodesScreensOnceCommitted() throws Exception {
        ClassroomEvents teacherNode = node();
        ClassroomEvents studentNode = node();
        assertThat(relays.getFirst().crossesNodes()).isEqualTo(crossesNodes());
        var onTeacherNode = new java.util.concurrent.LinkedBlockingQueue<ClassroomEvents.Change>();
        var onStudentNode = new java.util.concurrent.LinkedBlockingQueue<ClassroomEvents.Change>();
        teacherNode.subscribe("class-a", null, onTeacherNode::add);
        studentNode.subscribe("class-a", "ana", onStudentNode::add);
        studentNode.subscribe("class-b", "ben", c -> onStudentNode.add(ClassroomEvents.Change.CLOSED));
        Thread.sleep(300); // both nodes listening

        // A change made in a transaction that rolls back reaches nobody.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            teacherNode.publish("class-a", ClassroomEvents.Change.QUESTION);
            status.setRollbackOnly();
        });
        // A committed one reaches this node's screens, and the other node's when the database carries it.
        new TransactionTemplate(transactions).executeWithoutResult(status -> teacherNode.publish("class-a", ClassroomEvents.Change.STOP));

        assertThat(onTeacherNode.poll(ARRIVAL.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ClassroomEvents.Change.STOP);
        if (crossesNodes()) {
            assertThat(onStudentNode.poll(ARRIVAL.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ClassroomEvents.Change.STOP);
        }
        Thread.sleep(1000);
        assertThat(onTeacherNode).as("the node's own change comes once, not again from the database").isEmpty();
        assertThat(onStudentNode).as("nothing rolled back, nothing of another class").isEmpty();
    }

    @Test
    void whatAnotherNodeSendsIsReadAndWhatCannotBeReadIsIgnored() {
        assertThat(ClassroomEvents.fromOtherNode("class-a ANSWERS")).hasValue(new ClassroomEvents.Arrival("class-a", ClassroomEvents.Change.ANSWERS));
        assertThat(ClassroomEvents.fromOtherNode("class-a NOT_A_CHANGE")).isEmpty();
        assertThat(ClassroomEvents.fromOtherNode("<script> alert(1)")).isEmpty();
        assertThat(ClassroomEvents.fromOtherNode("")).isEmpty();
    }
}
