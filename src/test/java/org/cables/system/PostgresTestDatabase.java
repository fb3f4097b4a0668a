package org.cables.system;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test at the PostgreSQL server named by the system property
 * {@code cables.test.postgres.url} or the environment variable {@code CABLES_TEST_POSTGRES_URL}
 * (user and password likewise: {@code ...user}/{@code ..._USER}, {@code ...password}/{@code ..._PASSWORD}). Without one the test is skipped on a developer's
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

    public static String url() {
        return setting("cables.test.postgres.url", "CABLES_TEST_POSTGRES_URL", "");
    }

    public static String user() {
        return setting("cables.test.postgres.user", "CABLES_TEST_POSTGRES_USER", "cables");
    }

    public static String password() {
        return setting("cables.test.postgres.password", "CABLES_TEST_POSTGRES_PASSWORD", "");
    }

    /** A system property, else the environment variable, else the default. */
    private static String setting(String property, String variable, String otherwise) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            value = System.getenv().getOrDefault(variable, "");
        }
        return value.isBlank() ? otherwise : value;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = url();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username",
                () -> setting("cables.test.postgres.user", "CABLES_TEST_POSTGRES_USER", "cables"));
        registry.add("spring.datasource.password",
                () -> setting("cables.test.postgres.password", "CABLES_TEST_POSTGRES_PASSWORD", ""));
    }
}
