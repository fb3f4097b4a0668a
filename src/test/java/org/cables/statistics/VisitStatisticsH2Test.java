package org.cables.statistics;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import({StatisticsSlice.class, VisitStatisticsContract.Clocks.class})
class VisitStatisticsH2Test extends VisitStatisticsContract {
}
