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

    ClassResultsController(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @GetMapping("/teach/{classId}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable String classId, Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return classrooms.ofTeacher(classId, principal.getName())
                .flatMap(session -> classrooms.tour(session).map(tour -> {
                    String body = classrooms.results(session).csv(tour, classrooms.quiz(session));
                    String name = "class-" + session.code().value() + "-" + session.createdAt().toString().substring(0, 10) + ".csv";
                    return ResponseEntity.ok()
                            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                            .body(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8));
                }))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
