package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cables.content.ExhibitContent;
import org.cables.content.TourId;
import org.cables.statistics.VisitStatistics;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A move from one stop to the next is one commit: the time spent at the stop left is written in
 * the transaction that records the visitor's new place (issue 22, decision 64). A move to any other
 * page counts the time at once, as before.
 */
@SpringBootTest
class StopToStopTest extends ExhibitViewTest {

    @MockitoSpyBean
    VisitStatistics statistics;

    @Autowired
    ExhibitContent content;

    @Autowired
    JdbcClient jdbc;

    private int stopTimes(String stop) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'STOP_TIME' AND subject = ?").param(stop)
                .query(Integer.class).single();
    }

    @Test
    void theTimeAtAStopIsWrittenWithTheNextStopsPlace() {
        List<Boolean> inTransaction = new ArrayList<>();
        doAnswer(call -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return call.callRealMethod();
        }).when(statistics).recordStopTime(anyString(), any(Instant.class), any(Instant.class));
        var stops = content.corpus().tour(new TourId("road-to-war")).orElseThrow().stops();
        String first = "road-to-war/" + stops.get(0).id();
        String second = "road-to-war/" + stops.get(1).id();
        int firstBefore = stopTimes(first);
        int secondBefore = stopTimes(second);

        navigate("tours/" + first, TourStopView.class);
        navigate("tours/" + second, TourStopView.class);
        assertThat(stopTimes(first)).isEqualTo(firstBefore + 1);
        assertThat(inTransaction).as("written inside the transaction of the new place").containsExactly(true);

        navigate(ToursView.class);
        assertThat(stopTimes(second)).as("leaving the tour counts at once").isEqualTo(secondBefore + 1);
        assertThat(inTransaction).containsExactly(true, false);
    }

    @Test
    void aMoveToAStopThatIsNotThereStillCountsTheTime() {
        var stops = content.corpus().tour(new TourId("road-to-war")).orElseThrow().stops();
        String first = "road-to-war/" + stops.get(0).id();
        int before = stopTimes(first);
        navigate("tours/" + first, TourStopView.class);
        navigate("tours/road-to-war/no-such-stop", org.cables.shell.NotFoundViewAccess.type());
        assertThat(stopTimes(first)).isEqualTo(before + 1);
    }
}
