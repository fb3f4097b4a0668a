package org.cables.quiz;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import({QuizAttempts.class, org.cables.statistics.StatisticsSlice.class, QuizAttemptsContract.Clocks.class})
class QuizAttemptsH2Test extends QuizAttemptsContract {
}
