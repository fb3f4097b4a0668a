package org.cables.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages between exhibit nodes that share one PostgreSQL (decision 44): a class's change, a
 * content reload. A message is sent with {@code pg_notify} inside the transaction of the caller,
 * if any (PostgreSQL delivers it on commit, and never after a rollback); each node listens on a
 * connection of its own and hands other nodes' messages to whoever listens to their channel,
 * never its own. After the listening connection is lost and found again, every listener hears
 * that messages may have been missed. On H2, the single-machine default, there is one node and
 * nothing is sent.
 */
@Component
public class NodeRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeRelay.class);
    private static final int WAIT_MS = 500;

    /** Who hears a channel: each message from another node, and when messages may have been missed. */
    public interface Listener {
        void message(String text);

        void missed();
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();
    private final boolean postgres;
    private final Map<String, Listener> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    public NodeRelay(DataSource dataSource, JdbcClient jdbc) {
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

    /** Whether messages travel to other nodes (PostgreSQL), or there is only this node (H2). */
    public boolean crossesNodes() {
        return postgres;
    }

    /** Hears a channel ({@code cables_class}: lower-case letters and underscores); set before the relay starts. */
    public void listen(String channel, Listener listener) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        listeners.put(channel, listener);
    }

    /** Sends a message to the other nodes: at once, or on commit when a transaction is open. */
    public void send(String channel, String text) {
        if (postgres) {
            jdbc.sql("SELECT pg_notify(?, ?)").params(channel, node + " " + text).query().singleRow();
        }
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("node-relay").start(this::listenUntilStopped);
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

    /** Listens until stopped; a lost connection is opened again after a second, and every listener hears it. */
    private void listenUntilStopped() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                for (String channel : listeners.keySet()) {
                    statement.execute("LISTEN " + channel);
                }
                if (reconnected) {
                    listeners.values().forEach(Listener::missed);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            Listener heard = listeners.get(n.getName());
                            fromOtherNode(n.getParameter()).ifPresent(text -> {
                                if (heard != null) {
                                    heard.message(text);
                                }
                            });
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Messages from other nodes: the listening connection failed ({}); trying again in a second", e.getMessage());
                    reconnected = true;
                    sleep();
                }
            }
        }
    }

    /** The text of a message from another node; nothing for this node's own. */
    Optional<String> fromOtherNode(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(node)) {
            return Optional.empty();
        }
        return Optional.of(payload.substring(space + 1));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
