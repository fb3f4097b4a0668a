package org.cables.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start which database and which content the exhibit is using. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final ExhibitProperties properties;

    StartupReport(DataSource dataSource, ExhibitProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Database in use: {}", describeDatabase());
        log.info("Content in use: {}", properties.describeContent());
    }

    String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " at " + withoutCredentials(meta.getURL());
        } catch (SQLException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    /** JDBC URLs may carry a password; never log one. */
    static String withoutCredentials(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
