package org.cables.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded database is for the exhibit's own user alone. Before H2 writes anything, its
 * folder is created (or tightened) as {@code rwx------}; H2 then creates its files, and they are
 * made {@code rw-------}. Other accounts on the machine cannot read the tour places, class names
 * or staff password hashes inside. PostgreSQL keeps its own files; on a file system without
 * POSIX permissions (Windows) nothing is changed.
 */
@Component
class PrivateDataFolder implements BeanPostProcessor {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith(H2_FILE)
                && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path database = databasePath(dataSource.getJdbcUrl());
            Path folder = database.getParent();
            try {
                Files.createDirectories(folder);
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                try (Connection opened = dataSource.getConnection()) {
                    // H2 creates its files on the first connection.
                }
                String prefix = database.getFileName() + ".";
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)).toList()) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make the database folder " + folder + " private to this user", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not open the database at " + database, e);
            }
        }
        return bean;
    }

    /** The database's path from an H2 file address such as {@code jdbc:h2:file:./data/cables;WRITE_DELAY=0}. */
    static Path databasePath(String url) {
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }
}
