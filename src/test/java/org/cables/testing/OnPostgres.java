package org.cables.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A database slice test ({@code @JdbcTest}) against the real PostgreSQL server that
 * {@link PostgresTestDatabase} names, with the same Flyway migrations as H2: a {@code ...H2Test}
 * ({@code @JdbcTest}) and a {@code ...PostgresTest} ({@code @OnPostgres}) extend the same
 * contract. Each test checks that it really talks to PostgreSQL, so that a set-up mistake cannot
 * quietly run it on the embedded database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@JdbcTest
@ActiveProfiles("postgres")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ExtendWith({PostgresTestDatabase.Required.class, PostgresTestDatabase.Verified.class})
@ContextConfiguration(initializers = PostgresTestDatabase.Properties.class)
public @interface OnPostgres {
}
