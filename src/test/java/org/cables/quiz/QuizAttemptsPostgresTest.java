package org.cables.quiz;

import org.cables.testing.OnPostgres;
import org.springframework.context.annotation.Import;

@Import({QuizAttempts.class, org.cables.statistics.StatisticsSlice.class, QuizAttemptsContract.Clocks.class})
@OnPostgres
class QuizAttemptsPostgresTest extends QuizAttemptsContract {
}
