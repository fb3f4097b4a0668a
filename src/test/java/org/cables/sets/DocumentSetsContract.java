package org.cables.sets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cables.classroom.Assignments;
import org.cables.classroom.ClassSession;
import org.cables.classroom.Classrooms;
import org.cables.classroom.Lesson;
import org.cables.classroom.WritingTask;
import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.i18n.Refusal;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Teachers' own document sets on every supported database (Flyway V0008): built, checked, shared, taught and assigned. */
abstract class DocumentSetsContract {

    @Autowired
    DocumentSets sets;

    @Autowired
    Classrooms classrooms;

    @Autowired
    Assignments assignments;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ExhibitContent content;

    @Autowired
    MutableClock clock;

    String teacher;
    String colleague;

    @BeforeEach
    void teachers() {
        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teacher = "set-teacher-" + suffix;
        colleague = "set-colleague-" + suffix;
        accounts.create(teacher, "Ms Han", "a long enough password", StaffRole.TEACHER);
        accounts.create(colleague, "Mr Seo", "a long enough password", StaffRole.TEACHER);
    }

    /** A document the exhibit has words of, and a passage of one of its paragraphs. */
    Tour.CitedCable withWords() {
        return content.corpus().tours().stream().flatMap(t -> t.stops().stream()).flatMap(s -> s.cables().stream())
                .filter(c -> c.highlight() != null).findFirst().orElseThrow();
    }

    CableId withoutWords() {
        return content.corpus().cables().stream().filter(c -> c.text() == Cable.TextKind.NONE).findFirst().orElseThrow().id();
    }

    Lesson.Question single(String id, CableId cable) {
        return new Lesson.Question(id, "single", cable, "Who sent it?", "The header names him.",
                List.of(new Quiz.Choice("c1", "Stalin", true), new Quiz.Choice("c2", "Truman", false)), null, null, null, null, null, null,
                null, null, null);
    }

    Lesson.Question writing(String id, CableId cable) {
        return new Lesson.Question(id, Lesson.WRITING, cable, "Why would he put it this way?", "", null, null, null, null, null, null,
                null, null, "To share the risk.", null);
    }

    @Test
    void aTeacherBuildsASetFromTheArchiveAndAColleagueCopiesIt() {
        Tour.CitedCable cited = withWords();
        DocumentSet set = sets.create(teacher, "  Spring 1950  ");
        assertThat(set.title()).isEqualTo("Spring 1950");
        set = sets.addDocument(set, cited.cable());
        set = sets.addDocument(set, withoutWords());
        set = sets.addDocument(set, cited.cable());
        assertThat(set.lesson().documents()).extracting(Lesson.Document::cable).containsExactly(cited.cable(), withoutWords());

        Lesson lesson = set.lesson();
        List<Lesson.Document> documents = new ArrayList<>(lesson.documents());
        documents.set(0, new Lesson.Document(cited.cable(), "  " + cited.highlight().replace(" ", "\n ") + " ", "Read the last line twice."));
        set = sets.save(set, new Lesson(lesson.id(), lesson.title(), "Two documents of spring 1950.", documents,
                List.of(single("q1", cited.cable()), writing("q2", cited.cable()))));
        assertThat(set.lesson().documents().getFirst().highlight()).as("spacing made single").isEqualTo(cited.highlight().replaceAll("\\s+", " ").strip());
        assertThat(set.lesson().questions()).extracting(Lesson.Question::kind).containsExactly("single", "writing");

        assertThat(sets.ofTeacher(set.id(), colleague)).as("nobody sees another teacher's set").isEmpty();
        DocumentSet copy = sets.copy(colleague, set.shareCode().spaced().toLowerCase());
        assertThat(copy.id()).isNotEqualTo(set.id());
        assertThat(copy.teacher()).isEqualTo(colleague);
        assertThat(copy.lesson().documents()).isEqualTo(set.lesson().documents());
        assertThat(sets.setsOf(colleague)).extracting(DocumentSet::id).containsExactly(copy.id());
        assertRefused(() -> sets.copy(colleague, "nope"), "set.refused.code-form");
    }

    @Test
    void highlightsAndExcerptsMustBeTheDocumentsOwnWords() {
        Tour.CitedCable cited = withWords();
        DocumentSet set = sets.addDocument(sets.create(teacher, "Checks"), cited.cable());
        Lesson lesson = set.lesson();
        DocumentSet finalSet = set;
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", List.of(
                new Lesson.Document(cited.cable(), "Words Stalin never wrote", null)), List.of())), "set.refused.highlight");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(
                new Lesson.Question("q1", "source", cited.cable(), "What does it show?", "It shows it.",
                        List.of(new Quiz.Choice("c1", "Yes", true), new Quiz.Choice("c2", "No", false)), null, null, null, null,
                        "An invented excerpt", Quiz.Skill.SOURCING, null, null, null)))), "set.refused.excerpt");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(
                new Lesson.Question("q1", "single", cited.cable(), "Who?", "Because.",
                        List.of(new Quiz.Choice("c1", "A", true), new Quiz.Choice("c2", "B", true)), null, null, null, null, null, null,
                        null, null, null)))), "set.refused.one-right");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(
                single("q1", withoutWords())))), "set.refused.question-document");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), " ", "", lesson.documents(), List.of())), "set.refused.title-empty");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), "T", "x".repeat(DocumentSets.MAX_INTRODUCTION + 1),
                lesson.documents(), List.of())), "set.refused.introduction-long");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), "T", "", List.of(new Lesson.Document(new CableId("no-such-cable"),
                null, null)), List.of())), "set.refused.document-unknown");
    }

    @Test
    void aSetIsTaughtLiveAndAssignedFromACopyThatLaterEditsLeaveAlone() {
        Tour.CitedCable cited = withWords();
        DocumentSet set = sets.addDocument(sets.create(teacher, "To assign"), cited.cable());
        Lesson lesson = set.lesson();
        set = sets.save(set, new Lesson(lesson.id(), lesson.title(), "Read closely.",
                List.of(new Lesson.Document(cited.cable(), cited.highlight(), "Look at the verbs.")),
                List.of(single("q1", cited.cable()), writing("q2", cited.cable()))));

        ClassSession assigned = assignments.assign(teacher, set.lesson(), set.title(), clock.instant(), clock.instant().plus(Duration.ofDays(2)));
        ClassSession live = classrooms.open(teacher, set.lesson(), set.title());
        sets.save(set, new Lesson(lesson.id(), "Renamed", "", List.of(), List.of()));

        ClassSession stored = classrooms.ofTeacher(assigned.id(), teacher).orElseThrow();
        Tour asTour = classrooms.tour(stored).orElseThrow();
        assertThat(asTour.title()).isEqualTo("To assign");
        assertThat(asTour.stops()).singleElement().satisfies(stop -> {
            assertThat(stop.cables()).containsExactly(new Tour.CitedCable(cited.cable(), cited.highlight()));
            assertThat(stop.narrative()).isEqualTo("Look at the verbs\\.");
        });
        assertThat(classrooms.quiz(stored).orElseThrow().questions()).extracting(q -> q.id().value()).containsExactly("q1");
        assertThat(assignments.tasks(stored)).singleElement().satisfies(task -> {
            assertThat(task.prompt()).isEqualTo("Why would he put it this way?");
            assertThat(task.passage()).isEqualTo(cited.highlight());
            assertThat(task.rubric().criteria()).hasSize(4);
        });
        assertThat(classrooms.tour(classrooms.ofTeacher(live.id(), teacher).orElseThrow()).orElseThrow().stops()).hasSize(1);
        Classrooms.Joined ana = classrooms.join(stored.code().value(), "Ana", new org.cables.classroom.Joiner("203.0.113.5", "set-" + teacher));
        assertThat(assignments.answer(ana.student(), new org.cables.content.QuestionId("q1"),
                new org.cables.quiz.QuizAnswer.Choice("c1")).correct()).isTrue();
        WritingTask task = assignments.tasks(stored).getFirst();
        assertThat(assignments.saveDraft(ana.student(), task.id(), "Because").draft()).isEqualTo("Because");
    }

    @Test
    void mapQuestionsNeedADateInTheWarAndPlacesOnTheMap() {
        Tour.CitedCable cited = withWords();
        DocumentSet set = sets.addDocument(sets.create(teacher, "Maps"), cited.cable());
        Lesson lesson = set.lesson();
        String place = content.corpus().places().stream().filter(p -> p.kind().equals("city")).findFirst().orElseThrow().id().value();
        String other = content.corpus().places().stream().filter(p -> p.kind().equals("city")).skip(1).findFirst().orElseThrow().id().value();
        Lesson.Question findIt = new Lesson.Question("q1", "map-place", cited.cable(), "Where did they land?", "Because.",
                List.of(new Quiz.Choice(place, "A", true), new Quiz.Choice(other, "B", false)), null, null, null, null, null, null,
                java.time.LocalDate.of(1950, 9, 15), null, null);
        DocumentSet saved = sets.save(set, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(findIt)));
        assertThat(saved.lesson().questions().getFirst().date()).as("kept through JSON").isEqualTo(java.time.LocalDate.of(1950, 9, 15));
        assertThat(saved.lesson().asQuiz().questions().getFirst().type()).isEqualTo(Quiz.Type.MAP_PLACE);
        DocumentSet finalSet = saved;
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(
                new Lesson.Question("q1", "map-place", cited.cable(), "Where?", "Because.", List.of(new Quiz.Choice("atlantis", "A", true),
                        new Quiz.Choice(other, "B", false)), null, null, null, null, null, null, java.time.LocalDate.of(1950, 9, 15), null, null)))),
                "set.refused.place");
        assertRefused(() -> sets.save(finalSet, new Lesson(lesson.id(), lesson.title(), "", lesson.documents(), List.of(
                new Lesson.Question("q1", "map-line", cited.cable(), "Which front?", "Because.", List.of(new Quiz.Choice("c1", "A", true),
                        new Quiz.Choice("c2", "B", false)), null, null, null, null, null, null, java.time.LocalDate.of(1949, 9, 15), null, null)))),
                "set.refused.map-date");
    }

    @Test
    void setsFollowTheClassesRetention() {
        DocumentSet set = sets.create(teacher, "Old");
        clock.advance(Duration.ofDays(20));
        sets.used(set);
        clock.advance(Duration.ofDays(20));
        sets.deleteExpired();
        assertThat(sets.ofTeacher(set.id(), teacher)).isPresent();
        clock.advance(Duration.ofDays(11));
        sets.deleteExpired();
        assertThat(sets.ofTeacher(set.id(), teacher)).isEmpty();
    }

    static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo(key);
    }
}
