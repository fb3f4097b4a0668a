package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.vaadin.flow.shared.Registration;
import org.cables.statistics.MutableClock;
import org.cables.system.NodeRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is online, on two exhibit nodes that share one database (Flyway V0012): a student with a
 * page open on one node is online on the other, until the page closes or the node stops saying
 * so. Not in a test transaction, as nodes do not share one; the class is deleted afterwards.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ClassPresenceContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Asia/Seoul"));
    String teacher;
    String classId;
    String otherClassId;
    String ana;
    String ben;
    String cho;

    /** A node: its own class events and its own presence, on the shared database. */
    record Node(ClassroomEvents events, ClassPresence presence) {
    }

    Node node() {
        ClassPresence presence = new ClassPresence(jdbc, clock);
        return new Node(new ClassroomEvents(new NodeRelay(dataSource, jdbc), presence), presence);
    }

    @BeforeEach
    void aClassWithStudents() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teacher = "presence-" + suffix;
        jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, role, created_at) VALUES (?, ?, 'x', 'TEACHER', ?)")
                .params(teacher, teacher, Timestamp.from(clock.instant())).update();
        classId = newClass();
        otherClassId = newClass();
        ana = newStudent(classId, "Ana");
        ben = newStudent(classId, "Ben");
        cho = newStudent(otherClassId, "Cho");
    }

    @AfterEach
    void deleteTheClasses() {
        jdbc.sql("DELETE FROM staff_account WHERE username = ?").param(teacher).update();
    }

    private String newClass() {
        String id = UUID.randomUUID().toString();
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        jdbc.sql("INSERT INTO class_session (id, join_code, teacher, title, tour_id, led, current_stop, created_at, delete_after) "
                        + "VALUES (?, ?, ?, 'Presence', 'road-to-war', TRUE, 0, ?, ?)")
                .params(id, code, teacher, Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plus(Duration.ofDays(30))))
                .update();
        return id;
    }

    private String newStudent(String classId, String name) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO class_student (id, class_id, display_name, joined_at, current_stop) VALUES (?, ?, ?, ?, 0)")
                .params(id, classId, name, Timestamp.from(clock.instant())).update();
        return id;
    }

    int rows(String classId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_presence WHERE class_id = ?").param(classId).query(Integer.class).single();
    }

    @Test
    void aStudentWithAPageOnOneNodeIsOnlineOnTheOtherUntilThePageCloses() {
        Node teacherNode = node();
        Node studentNode = node();
        assertThat(teacherNode.presence().node()).isNotEqualTo(studentNode.presence().node());
        Registration page = studentNode.events().subscribe(classId, ana, change -> { });
        Registration otherClass = studentNode.events().subscribe(otherClassId, cho, change -> { });

        assertThat(teacherNode.events().online(classId)).containsExactly(ana);
        assertThat(studentNode.events().online(classId)).containsExactly(ana);
        assertThat(teacherNode.events().online(otherClassId)).containsExactly(cho);

        page.remove();
        page.remove(); // a page closed twice is closed once
        assertThat(teacherNode.events().online(classId)).isEmpty();
        assertThat(studentNode.events().online(classId)).isEmpty();
        assertThat(rows(classId)).isZero();
        assertThat(teacherNode.events().online(otherClassId)).containsExactly(cho);
        otherClass.remove();
    }

    @Test
    void aStudentIsOnlineWhileAnyOfTheirPagesOnAnyNodeIsOpen() {
        Node first = node();
        Node second = node();
        Node teacherNode = node();
        Registration firstTab = first.events().subscribe(classId, ana, change -> { });
        Registration secondTab = first.events().subscribe(classId, ana, change -> { });
        Registration phone = second.events().subscribe(classId, ana, change -> { });
        second.events().subscribe(classId, ben, change -> { }).remove();
        assertThat(rows(classId)).as("one row per student and node").isEqualTo(2);
        assertThat(teacherNode.events().online(classId)).containsExactly(ana);

        firstTab.remove();
        phone.remove();
        assertThat(teacherNode.events().online(classId)).containsExactly(ana);
        secondTab.remove();
        assertThat(teacherNode.events().online(classId)).isEmpty();
    }

    @Test
    void aNodeThatStopsRefreshingIsNoLongerCountedAfterTheExpiry() throws Exception {
        Node teacherNode = node();
        Node lost = node();
        var console = new LinkedBlockingQueue<ClassroomEvents.Change>();
        teacherNode.events().subscribe(classId, null, console::add);
        lost.events().subscribe(classId, ana, change -> { });
        teacherNode.events().subscribe(classId, ben, change -> { });

        clock.advance(ClassPresence.REFRESH);
        teacherNode.presence().refresh();
        lost.presence().refresh();
        // From now on the lost node is silent, as after kill -9.
        clock.advance(ClassPresence.EXPIRY.minusSeconds(1));
        teacherNode.presence().refresh();
        assertThat(teacherNode.events().online(classId)).containsExactlyInAnyOrder(ana, ben);
        teacherNode.events().forgetPagesOfLostNodes();
        assertThat(console.poll(200, TimeUnit.MILLISECONDS)).as("nothing ran out yet").isNull();

        clock.advance(Duration.ofSeconds(1));
        assertThat(teacherNode.events().online(classId)).containsExactly(ben);
        teacherNode.events().forgetPagesOfLostNodes();
        assertThat(console.poll(5, TimeUnit.SECONDS)).as("the console is told to redraw").isEqualTo(ClassroomEvents.Change.STUDENTS);
        assertThat(rows(classId)).as("the lost node's row is gone, the live node's kept").isEqualTo(1);

        // A node that was only slow writes its rows again at its next refresh.
        lost.presence().refresh();
        assertThat(teacherNode.events().online(classId)).containsExactlyInAnyOrder(ana, ben);
    }

    @Test
    void refreshingKeepsAStudentOnline() {
        Node teacherNode = node();
        Node studentNode = node();
        studentNode.events().subscribe(classId, ana, change -> { });
        for (int i = 0; i < 8; i++) {
            clock.advance(ClassPresence.REFRESH);
            studentNode.presence().refresh();
            teacherNode.events().forgetPagesOfLostNodes();
            assertThat(teacherNode.events().online(classId)).containsExactly(ana);
        }
    }

    @Test
    void aDeletedClassTakesItsPresenceAlong() {
        Node studentNode = node();
        studentNode.events().subscribe(classId, ana, change -> { });
        assertThat(rows(classId)).isEqualTo(1);
        jdbc.sql("DELETE FROM class_session WHERE id = ?").param(classId).update();
        assertThat(rows(classId)).isZero();
        studentNode.presence().refresh(); // the student is gone: nothing to write, and no failure
        assertThat(rows(classId)).isZero();
        assertThat(studentNode.presence().online(classId)).isEmpty();
    }

    @Test
    void aNodeThatStopsCleanlyTakesItsStudentsAlong() {
        Node teacherNode = node();
        Node stopping = node();
        stopping.events().subscribe(classId, ana, change -> { });
        teacherNode.events().subscribe(classId, ben, change -> { });
        stopping.presence().stop();
        assertThat(teacherNode.events().online(classId)).containsExactly(ben);
    }

    @Test
    void aRowLeftBehindByAPageThatClosedIsRemovedAtTheNextRefresh() {
        Node studentNode = node();
        Node teacherNode = node();
        studentNode.events().subscribe(classId, ana, change -> { });
        // Ben's page closed while the database could not be reached: his row stayed.
        jdbc.sql("INSERT INTO class_presence (student_id, node_id, class_id, refreshed_at) VALUES (?, ?, ?, ?)")
                .params(ben, studentNode.presence().node(), classId, Timestamp.from(clock.instant())).update();
        assertThat(teacherNode.events().online(classId)).containsExactlyInAnyOrder(ana, ben);
        clock.advance(ClassPresence.REFRESH);
        studentNode.presence().refresh();
        assertThat(teacherNode.events().online(classId)).containsExactly(ana);
    }

    @Test
    void withoutADatabaseANodesOwnPagesAreWhoIsOnline() {
        ClassroomEvents alone = new ClassroomEvents();
        Registration page = alone.subscribe(classId, ana, change -> { });
        alone.subscribe(classId, null, change -> { });
        assertThat(alone.online(classId)).containsExactly(ana);
        page.remove();
        assertThat(alone.online(classId)).isEmpty();
        assertThat(rows(classId)).isZero();
    }
}
