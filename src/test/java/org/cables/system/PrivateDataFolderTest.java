package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded database's folder and files can be read by the exhibit's own user only. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PrivateDataFolder.class)
class PrivateDataFolderTest {

    /** A data folder that exists already, open to everyone, as an earlier version left it. */
    static final Path FOLDER = Path.of("target", "private-data-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(FOLDER, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(FOLDER, PosixFilePermissions.fromString("rwxr-xr-x"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("cables") + ";WRITE_DELAY=0");
    }

    @Test
    void theFolderAndTheDatabaseFilesAreTheExhibitUsersAlone() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FOLDER))).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("cables.mv.db");
        for (Path file : files) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            assertThat(PosixFilePermissions.toString(permissions)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void theDatabaseIsFoundInItsAddress() {
        assertThat(PrivateDataFolder.databasePath("jdbc:h2:file:./data/cables;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .isEqualTo(Path.of("data", "cables").toAbsolutePath());
        assertThat(PrivateDataFolder.databasePath("jdbc:h2:file:~/exhibit/cables"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "exhibit", "cables"));
    }
}
