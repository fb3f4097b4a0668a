package org.cables.classroom;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries class events between exhibit nodes that share one PostgreSQL, so that a teacher on
 * one node and students on another see each other's moves. A change is sent with
 * {@code pg_notify} inside the transaction that made it (PostgreSQL delivers it on commit, and
 * never after a rollback); each node listens on a connection of its own and hands the changes
 * of other nodes to its own screens. After the listening connection is lost and found again,
 * every screen redraws, since changes may have passed meanwhile. On H2, the single-machine
 * default, there is one node and the relay does nothing.
 */
@Component
public class ClassEventsRelay implements SmartLifecycle {

    static final String CHANNEL = "cables_class";
    private static final Logger log = LoggerFactory.getLogger(ClassEventsRelay.class);
    private static final int WAIT_MS = 500;

    /** What arrives from another node: a class and what changed in it; null for "anything may have changed". */
    public record Arrival(String classId, ClassroomEvents.Change change) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();
    private final boolean postgres;
    private volatile java.util.function.Consumer<Arrival> receiver = arrival -> { };
    private volatile boolean running;
    private Thread listener;

    public ClassEventsRelay(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to learn which it is", e);
        }
    }

    /** Whether changes travel to other nodes (PostgreSQL), or stay on this one (H2). */
    public boolean crossesNodes() {
        return postgres;
    }

    /** Who receives what other nodes send (the class events of this node). */
    void receiveWith(java.util.function.Consumer<Arrival> receiver) {
        this.receiver = receiver;
    }

    /** Sends a change to the other nodes: at once, or on commit when a transaction is open. */
    void send(String classId, ClassroomEvents.Change change) {
        if (postgres) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, node + " " + classId + " " + change.name()).query().singleRow();
        }
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("class-events-relay").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listens until stopped; a lost connection is opened again after a second, and every screen redraws. */
    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                if (reconnected) {
                    receiver.accept(new Arrival(null, null));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            parse(n.getParameter()).ifPresent(receiver);
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Class events from other nodes: the listening connection failed ({}); trying again in a second", e.getMessage());
                    reconnected = true;
                    sleep();
                }
            }
        }
    }

    /** "node class CHANGE" from another node; nothing for this node's own, or for what it cannot read. */
    java.util.Optional<Arrival> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3 || parts[0].equals(node)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Arrival(parts[1], ClassroomEvents.Change.valueOf(parts[2])));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
