package org.cables.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the exhibit keeps what it stores about visits; an hourly job deletes what is older.
 * (A class's students and answers have their own setting, {@code exhibit.classroom.retention}.)
 *
 * @param tourPlaces   an anonymous visitor's place in a tour, after their last move in it (default 180 days)
 * @param quizAttempts an anonymous visitor's quiz attempt and its answers, after it was started (default 180 days)
 * @param visitEvents  the anonymous visit counts behind the statistics (default 730 days: this year and last)
 * @param incidents    the record of an unexpected error, kept for staff to look up (default 90 days)
 */
@ConfigurationProperties("exhibit.retention")
public record RetentionProperties(Duration tourPlaces, Duration quizAttempts, Duration visitEvents, Duration incidents) {

    public RetentionProperties {
        tourPlaces = ExhibitProperties.positive(tourPlaces, Duration.ofDays(180), "exhibit.retention.tour-places");
        quizAttempts = ExhibitProperties.positive(quizAttempts, Duration.ofDays(180), "exhibit.retention.quiz-attempts");
        visitEvents = ExhibitProperties.positive(visitEvents, Duration.ofDays(730), "exhibit.retention.visit-events");
        incidents = ExhibitProperties.positive(incidents, Duration.ofDays(90), "exhibit.retention.incidents");
    }
}
