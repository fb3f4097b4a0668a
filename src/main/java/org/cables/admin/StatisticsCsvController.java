package org.cables.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.cables.statistics.VisitStatistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The visit statistics per day as CSV, for staff at the machine (like the admin pages). */
@RestController
class StatisticsCsvController {

    static final String PATH = "/admin/statistics.csv";

    private final VisitStatistics statistics;
    private final Clock clock;

    StatisticsCsvController(VisitStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "30") String days,
                               @RequestParam(defaultValue = "all") String channel) {
        int period;
        VisitStatistics.Channel which;
        try {
            period = Integer.parseInt(days);
            which = VisitStatistics.Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("days must be a number of days and channel one of all, kiosk, web\n".getBytes(StandardCharsets.UTF_8));
        }
        if (period < 1 || period > 3660) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("days must be between 1 and 3660\n".getBytes(StandardCharsets.UTF_8));
        }
        LocalDate last = LocalDate.now(clock);
        String body = VisitStatistics.csv(statistics.days(last.minusDays(period - 1L), last, which));
        String name = "cables-visits-" + which.name().toLowerCase(Locale.ROOT) + "-" + last + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
