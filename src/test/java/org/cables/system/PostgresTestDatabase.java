package org.cables.system;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test at the PostgreSQL server named by the system property
 * {@code cables.test.postgres.url} (user and password in {@code cables.test.postgres.user} and
 * {@code cables.test.postgres.password}). Without one the test is skipped on a developer's
 * machine, but fails in CI, where .ci/run always provides a server.
 */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    /** Call from {@code @BeforeAll}: skips the class, or fails it in CI, when no server is given. */
    public static void require() {
        if (url().isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PostgreSQL tests must run in CI, but cables.test.postgres.url is not set. "
                        + "Run the tests through .ci/run, which starts a throwaway server.");
            }
            Assumptions.abort("No PostgreSQL server given (set -Dcables.test.postgres.url=jdbc:postgresql://...)");
        }
    }

    private static String url() {
        return System.getProperty("cables.test.postgres.url", "");
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = url();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> System.getProperty("cables.test.postgres.user", "cables"));
        registry.add("spring.datasource.password", () -> System.getProperty("cables.test.postgres.password", ""));
    }
}
