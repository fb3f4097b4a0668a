package org.cables.classroom;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A class's results as CSV, for its own teacher only (anyone else: 404; not signed in: the sign-in page). */
@RestController
class ClassResultsController {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final org.cables.i18n.ExhibitTranslations messages;
    private final java.time.Clock clock;

    ClassResultsController(Classrooms classrooms, Assignments assignments, org.cables.i18n.ExhibitTranslations messages,
                           java.time.Clock clock) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/teach/{classId}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable String classId, Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return classrooms.ofTeacher(classId, principal.getName())
                .flatMap(session -> classrooms.tour(session).map(tour -> {
                    String body = session.assignment()
                            ? AssignmentResults.csv(session, tour, assignments.questions(session, java.util.Locale.ENGLISH),
                                    assignments.tasks(session), assignments.progress(session), clock.instant(),
                                    key -> messages.getTranslation(key, java.util.Locale.ENGLISH))
                            : classrooms.results(session).csv(tour, classrooms.quiz(session));
                    String name = "class-" + session.code().value() + "-" + session.createdAt().toString().substring(0, 10) + ".csv";
                    return ResponseEntity.ok()
                            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                            .body(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8));
                }))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
