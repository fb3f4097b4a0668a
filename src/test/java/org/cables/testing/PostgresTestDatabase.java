package org.cables.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

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

    /** Skips a test class (or fails it in CI) before anything starts when no server is given. */
    public static final class Required implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            require();
        }
    }

    /** Fails a test whose database is not PostgreSQL after all. */
    public static final class Verified implements org.junit.jupiter.api.extension.BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            javax.sql.DataSource dataSource = org.springframework.test.context.junit.jupiter.SpringExtension
                    .getApplicationContext(context).getBean(javax.sql.DataSource.class);
            try (java.sql.Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                if (!"PostgreSQL".equals(product)) {
                    fail("This test must run on PostgreSQL but its database is " + product);
                }
            }
        }
    }

    /** Points the test's Spring context at the server. */
    public static final class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + user(),
                    "spring.datasource.password=" + password()).applyTo(context);
        }
    }
}
