package org.cables.statistics;

import org.cables.system.ExhibitProperties;
import org.cables.system.RetentionProperties;
import org.cables.visitor.KioskMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a database slice test needs to count visits: the statistics and the kiosk flag they ask. */
@TestConfiguration
@EnableConfigurationProperties({ExhibitProperties.class, RetentionProperties.class})
@Import({VisitStatistics.class, KioskMode.class})
public class StatisticsSlice {
}
