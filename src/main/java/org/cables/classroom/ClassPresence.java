package org.cables.classroom;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.cables.system.ThisNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which students have a class page open, on any node that shares the database (decision 46).
 * A node writes a row ({@code class_presence}, V0012) when its first page of a student opens and
 * removes it when its last one closes, and every {@link #REFRESH} it refreshes the rows of the
 * students it has; a student is online while a row of theirs is younger than {@link #EXPIRY}, so
 * a node that dies without a word stops counting within {@code EXPIRY}. Nodes compare their own
 * clocks with each other's rows: they must agree within the difference of the two (30 seconds).
 * The database failing costs presence only: a page still opens, and its node still counts it
 * ({@link ClassroomEvents#online} adds its own pages).
 */
@Component
public class ClassPresence {

    private static final Logger LOG = LoggerFactory.getLogger(ClassPresence.class);

    private static final String EVERY_15_SECONDS = "PT15S";
    /** How often a node refreshes its students' rows. */
    static final Duration REFRESH = Duration.parse(EVERY_15_SECONDS);
    /** How long a row counts without a refresh: three refreshes missed. */
    static final Duration EXPIRY = Duration.ofSeconds(45);

    /** A student's pages on this node: their class and how many. */
    private record Pages(String classId, int count) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;
    private final Map<String, Pages> here = new ConcurrentHashMap<>();

    public ClassPresence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = nodeId();
    }

    /**
     * This node's name in the rows: process and host, as the scheduled jobs' locks name it, and a
     * random part, so that a node started again with the same process number (as in a container)
     * is another node, and so is a second instance in a test.
     */
    private static String nodeId() {
        String name = ThisNode.name();
        return (name.length() > 80 ? name.substring(0, 80) : name) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    String node() {
        return node;
    }

    /** A page of a student opened on this node; their first one here writes their row. */
    void opened(String classId, String studentId) {
        Pages pages = here.merge(studentId, new Pages(classId, 1), (was, one) -> new Pages(classId, was.count() + 1));
        if (pages.count() == 1) {
            write(classId, studentId, clock.instant());
        }
    }

    /** A page of a student closed on this node; their last one here removes their row. */
    void closed(String classId, String studentId) {
        Pages pages = here.computeIfPresent(studentId, (id, was) -> was.count() > 1 ? new Pages(was.classId(), was.count() - 1) : null);
        if (pages == null) {
            try {
                jdbc.sql("DELETE FROM class_presence WHERE student_id = ? AND node_id = ?").params(studentId, node).update();
            } catch (DataAccessException e) {
                LOG.warn("Could not say that a student left a class page ({}); their row runs out in {} s", e.getMessage(), EXPIRY.toSeconds());
            }
        }
    }

    /** The students of a class with a page open on any node: a row refreshed within {@link #EXPIRY}. */
    Set<String> online(String classId) {
        Timestamp since = Timestamp.from(clock.instant().minus(EXPIRY));
        try {
            return Set.copyOf(jdbc.sql("SELECT DISTINCT student_id FROM class_presence WHERE class_id = ? AND refreshed_at > ?")
                    .params(classId, since).query(String.class).list());
        } catch (DataAccessException e) {
            LOG.warn("Could not read who is online in a class ({}); counting this node's pages only", e.getMessage());
            return Set.of();
        }
    }

    /**
     * Refreshes the rows of this node's students in one statement, and writes those that are
     * missing (a row that ran out while the database was out of reach, or one whose writing raced
     * its removal). Every node runs it for its own students: it takes no lock.
     */
    @Scheduled(fixedDelayString = EVERY_15_SECONDS, initialDelayString = EVERY_15_SECONDS)
    public void refresh() {
        Map<String, Pages> students = Map.copyOf(here);
        Instant now = clock.instant();
        try {
            // Two statements for all of this node's rows, whatever the number of students.
            jdbc.sql("UPDATE class_presence SET refreshed_at = ? WHERE node_id = ?").params(Timestamp.from(now), node).update();
            Set<String> written = Set.copyOf(jdbc.sql("SELECT student_id FROM class_presence WHERE node_id = ?")
                    .param(node).query(String.class).list());
            students.forEach((student, pages) -> {
                if (!written.contains(student)) {
                    write(pages.classId(), student, now);
                }
            });
            for (String gone : written) {
                if (!students.containsKey(gone)) { // a page closed while its row could not be removed
                    jdbc.sql("DELETE FROM class_presence WHERE student_id = ? AND node_id = ?").params(gone, node).update();
                }
            }
        } catch (DataAccessException e) {
            LOG.warn("Could not say which students have a class page open ({}); trying again in {} s", e.getMessage(), REFRESH.toSeconds());
        }
    }

    /** A node that stops cleanly takes its rows along, instead of letting them run out. */
    @jakarta.annotation.PreDestroy
    void stop() {
        try {
            jdbc.sql("DELETE FROM class_presence WHERE node_id = ?").param(node).update();
        } catch (DataAccessException e) {
            LOG.warn("Could not remove this node's class presence ({}); it runs out in {} s", e.getMessage(), EXPIRY.toSeconds());
        }
    }

    /** Rows no node refreshed within {@link #EXPIRY} go; the classes they were in, which may need redrawing. */
    List<String> deleteExpired() {
        Timestamp before = Timestamp.from(clock.instant().minus(EXPIRY));
        List<String> classes = jdbc.sql("SELECT DISTINCT class_id FROM class_presence WHERE refreshed_at <= ?")
                .param(before).query(String.class).list();
        if (!classes.isEmpty()) {
            jdbc.sql("DELETE FROM class_presence WHERE refreshed_at <= ?").param(before).update();
        }
        return classes;
    }

    /** Refreshes a student's row, or writes it; a student who is gone (their class deleted) is left out. */
    private void write(String classId, String studentId, Instant now) {
        try {
            int refreshed = jdbc.sql("UPDATE class_presence SET refreshed_at = ? WHERE student_id = ? AND node_id = ?")
                    .params(Timestamp.from(now), studentId, node).update();
            if (refreshed == 0) {
                jdbc.sql("INSERT INTO class_presence (student_id, node_id, class_id, refreshed_at) VALUES (?, ?, ?, ?)")
                        .params(studentId, node, classId, Timestamp.from(now)).update();
            }
        } catch (DataIntegrityViolationException gone) {
            // No such student any more (or this node's row was written meanwhile): nothing to count.
            LOG.debug("No presence for student {} of class {}: {}", studentId, classId, gone.getMessage());
        } catch (DataAccessException e) {
            LOG.warn("Could not say that a student has a class page open ({}); trying again in {} s", e.getMessage(), REFRESH.toSeconds());
        }
    }
}
