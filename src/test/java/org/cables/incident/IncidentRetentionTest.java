package org.cables.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cables.statistics.MutableClock;
import org.cables.system.RetentionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Incidents are kept for {@code exhibit.retention.incidents} (90 days), without what visitors typed. */
@JdbcTest
@Import({IncidentLog.class, IncidentRepository.class, IncidentRetentionTest.Clocks.class})
@ExtendWith(OutputCaptureExtension.class)
class IncidentRetentionTest {

    @TestConfiguration
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    IncidentLog incidents;

    @Autowired
    MutableClock clock;

    @Test
    void anIncidentKeepsNoQueryStringAndGoesAfterNinetyDays(CapturedOutput log) {
        IncidentId old = incidents.record("/join?code=K7PXQM", new IllegalStateException("boom"));
        clock.advance(Duration.ofDays(89));
        IncidentId recent = incidents.record("/archive?q=Filippov", new IllegalStateException("boom"));

        assertThat(incidents.find(old).orElseThrow().location()).isEqualTo("/join");
        assertThat(log).contains("at '/join'", "at '/archive'").doesNotContain("K7PXQM", "Filippov");

        clock.advance(Duration.ofDays(2));
        incidents.deleteExpired();
        assertThat(incidents.find(old)).as("91 days old").isEmpty();
        assertThat(incidents.find(recent)).as("2 days old").isPresent();
    }
}
