package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlConfig;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A secret the nodes share (decision 45), on every database the exhibit supports: nodes that ask
 * for it, even all at once, get the same one, and a node started later reads it. Each stands for
 * a node with a {@link SharedSecrets} of its own; they commit as nodes do (no test transaction).
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Sql(statements = "DELETE FROM shared_secret", executionPhase = Sql.ExecutionPhase.BEFORE_TEST_METHOD,
        config = @SqlConfig(transactionMode = SqlConfig.TransactionMode.ISOLATED))
abstract class SharedSecretsContract {

    @Autowired
    JdbcClient jdbc;

    SharedSecrets node() {
        return new SharedSecrets(jdbc, Clock.systemUTC());
    }

    @Test
    void aLaterNodeReadsTheSecretTheFirstMade() {
        String made = node().secret("staff-sign-in");
        assertThat(made).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64
        assertThat(node().secret("staff-sign-in")).isEqualTo(made);
        assertThat(node().secret("another")).isNotEqualTo(made);
    }

    @Test
    void nodesAskingAtOnceAllGetTheSameSecret() throws Exception {
        int nodes = 6;
        CyclicBarrier together = new CyclicBarrier(nodes);
        List<CompletableFuture<String>> asked = IntStream.range(0, nodes).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            SharedSecrets node = node();
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return node.secret("staff-sign-in");
        })).toList();
        List<String> secrets = asked.stream().map(CompletableFuture::join).distinct().toList();
        assertThat(secrets).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shared_secret").query(Integer.class).single()).isEqualTo(1);
    }
}
