package org.cables.statistics;

import org.cables.testing.OnPostgres;
import org.springframework.context.annotation.Import;

@Import({StatisticsSlice.class, VisitStatisticsContract.Clocks.class})
@OnPostgres
class VisitStatisticsPostgresTest extends VisitStatisticsContract {
}
