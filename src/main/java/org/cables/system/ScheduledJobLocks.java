package org.cables.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several exhibit nodes may share one database; each scheduled job ({@code @SchedulerLock}) must
 * still run once, not once per node (decision 43). Before a run the job takes its row in the
 * {@code shedlock} table (V0010); a node that finds the row held skips that run. Lock times are
 * the database's clock, so nodes whose clocks differ cannot both think a lock has run out; the
 * holder is named by process and host, so two nodes on one machine are told apart. A lock
 * left by a node that died runs out after half an hour. The lock is taken before a job's
 * transaction begins and given back after it ends.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
class ScheduledJobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(ThisNode.name()) // who holds a lock
                .build());
    }
}
