package org.cables.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.cables.content.ExhibitContent;
import org.cables.staff.StaffAccounts;
import org.cables.statistics.MutableClock;
import org.cables.system.ExhibitProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What a database slice test of classes needs: the content, staff accounts and a clock the test moves. */
@TestConfiguration
@EnableConfigurationProperties({ExhibitProperties.class, ClassroomProperties.class})
@Import({Classrooms.class, Assignments.class, ClassroomEvents.class, ClassPresence.class, org.cables.system.NodeRelay.class, JoinLimiter.class, ExhibitContent.class, StaffAccounts.class})
public class ClassroomSlice {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Asia/Seoul"));
    }

    @Bean
    ScriptedJoinCodes joinCodes() {
        return new ScriptedJoinCodes();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }
}
