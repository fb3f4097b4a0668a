package org.cables.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets the nodes of one exhibit share through its database ({@code shared_secret}, V0011): the
 * first node that asks for one makes it (256 random bits) and keeps it; every node, then and
 * after a restart, reads the same. Two nodes that make one at the same moment cannot both keep
 * theirs: the second insert fails on the name and that node reads the first's.
 */
@Component
public class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    public SharedSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret of that name, made now if no node has made it yet. */
    public String secret(String name) {
        return read(name).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                jdbc.sql("INSERT INTO shared_secret (name, secret, created_at) VALUES (?, ?, ?)")
                        .params(name, made, Timestamp.from(clock.instant())).update();
                return made;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                return read(name).orElseThrow();
            }
        });
    }

    private Optional<String> read(String name) {
        return jdbc.sql("SELECT secret FROM shared_secret WHERE name = ?").param(name).query(String.class).optional();
    }
}
