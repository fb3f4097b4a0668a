package org.cables.statistics;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({StatisticsSlice.class, VisitStatisticsContract.Clocks.class})
class VisitStatisticsH2Test extends VisitStatisticsContract {
}
