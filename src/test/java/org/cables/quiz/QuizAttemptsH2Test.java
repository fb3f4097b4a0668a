package org.cables.quiz;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({QuizAttempts.class, org.cables.statistics.StatisticsSlice.class})
class QuizAttemptsH2Test extends QuizAttemptsContract {
}
