package org.cables.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.shared.Registration;
import org.cables.system.NodeRelay;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the screens of a class what changed, so that they redraw from the database: the
 * teacher's console and every student's page listen to their own class only. Listeners are
 * called on a thread of their own (a screen then takes its own session's lock with
 * {@code UI.access}), after the change is committed. Who has a page of a class open is counted
 * across the nodes through {@link ClassPresence}.
 */
@Component
public class ClassroomEvents {

    /** What changed in a class. */
    public enum Change {
        /** The teacher moved to another stop, or let the class explore, or took the lead again. */
        STOP,
        /** Someone joined, or a student moved to another stop. */
        STUDENTS,
        /** A question was asked, revealed or closed. */
        QUESTION,
        /** A student answered. */
        ANSWERS,
        /** The class ended (or was deleted). */
        CLOSED
    }

    private record Listener(String studentId, Consumer<Change> callback) {
    }

    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final NodeRelay relay;
    /** Pages open on every node; none for a machine alone without a database (a test's). */
    private final ClassPresence presence;
    /** The channel on which nodes tell each other of class changes ({@code "<class id> <CHANGE>"}). */
    static final String CHANNEL = "cables_class";
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "classroom-events");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * The events of this node, and of the other nodes on the same PostgreSQL through {@code relay};
     * who is online, on every node on the same database through {@code presence}.
     */
    @org.springframework.beans.factory.annotation.Autowired
    public ClassroomEvents(NodeRelay relay, ClassPresence presence) {
        this.relay = Objects.requireNonNull(relay);
        this.presence = Objects.requireNonNull(presence);
        relay.listen(CHANNEL, new NodeRelay.Listener() {
            @Override
            public void message(String text) {
                fromOtherNode(text).ifPresent(c -> deliver(c.classId(), c.change()));
            }

            @Override
            public void missed() {
                // Changes may have passed while the database was out of reach: every screen redraws.
                listeners.keySet().forEach(classId -> deliver(classId, Change.STOP));
            }
        });
    }

    /** A change another node announced: which class, and what changed. */
    record Arrival(String classId, Change change) {
    }

    /** Reads "class-id CHANGE" from another node; nothing for what cannot be read. */
    static Optional<Arrival> fromOtherNode(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Arrival(parts[0], Change.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The events of one machine alone, without a database (a test's own process): its own pages are who is online. */
    public ClassroomEvents() {
        this.relay = null;
        this.presence = null;
    }

    /**
     * Listens to one class; a student's screen names the student, who is then online (on every
     * node) until the screen's registration is removed.
     */
    public Registration subscribe(String classId, String studentId, Consumer<Change> callback) {
        Listener listener = new Listener(studentId, callback);
        listeners.computeIfAbsent(classId, id -> new CopyOnWriteArrayList<>()).add(listener);
        if (studentId != null && presence != null) {
            presence.opened(classId, studentId);
        }
        AtomicBoolean removed = new AtomicBoolean();
        return () -> {
            if (removed.getAndSet(true)) {
                return;
            }
            listeners.computeIfPresent(classId, (id, list) -> {
                list.remove(listener);
                return list.isEmpty() ? null : list;
            });
            if (studentId != null && presence != null) {
                presence.closed(classId, studentId);
            }
        };
    }

    /** The students of a class with a page open right now, on this node or on any other on the same database. */
    public Set<String> online(String classId) {
        Set<String> online = listeners.getOrDefault(classId, List.of()).stream()
                .map(Listener::studentId).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        if (presence != null) {
            online.addAll(presence.online(classId));
        }
        return online;
    }

    /**
     * A node that died left its students' pages counted: once their rows run out they go, and the
     * classes they were in are told, so that their teachers' consoles redraw. On one node at a time.
     */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT1M")
    @SchedulerLock(name = "class-presence-expiry", lockAtLeastFor = "PT10S")
    public void forgetPagesOfLostNodes() {
        if (presence != null) {
            presence.deleteExpired().forEach(classId -> publish(classId, Change.STUDENTS));
        }
    }

    /**
     * Announces a change once it is committed (at once when there is no transaction), to this
     * node's screens and, through the relay, to the other nodes' (PostgreSQL sends it on commit).
     */
    public void publish(String classId, Change change) {
        if (relay != null) {
            relay.send(CHANNEL, classId + " " + change.name());
        }
        Runnable send = () -> deliver(classId, change);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    /** Hands a change to this node's screens of the class, each on the delivery thread. */
    private void deliver(String classId, Change change) {
        for (Listener listener : listeners.getOrDefault(classId, List.of())) {
            delivery.execute(() -> listener.callback().accept(change));
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
