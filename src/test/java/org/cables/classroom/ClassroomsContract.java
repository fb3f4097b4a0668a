package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.BeforeTransaction;

/** Classes, students and live answers on every supported database (Flyway V0005). */
abstract class ClassroomsContract {

    @Autowired
    Classrooms classrooms;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ExhibitContent content;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedJoinCodes codes;

    /** Each test its own address (its own /64 for IPv6), so no test meets another's wrong codes. */
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    final TourId roadToWar = new TourId("road-to-war");
    String teacher;
    String otherTeacher;
    Joiner address;

    /**
     * The tries of parallel joins are committed (a join is not one transaction, for the limiter's
     * sake): before each test they go, outside its transaction, so that neither an earlier test
     * nor an earlier run on the same PostgreSQL counts against this one.
     */
    @BeforeTransaction
    void noTriesOfEarlierTests() {
        jdbc.sql("DELETE FROM join_attempt").update();
    }

    @BeforeEach
    void teachers() {
        clock.set(java.time.Instant.parse("2026-03-02T09:00:00Z"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teacher = "teacher-" + suffix;
        otherTeacher = "other-" + suffix;
        address = new Joiner("2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + "::7", "browser-" + suffix);
        codes.script(List.of());
        accounts.create(teacher, "Ms Kim", "a long enough password", StaffRole.TEACHER);
        accounts.create(otherTeacher, "Mr Lee", "a long enough password", StaffRole.TEACHER);
    }

    Quiz.Question single(ClassSession session) {
        return classrooms.quiz(session).orElseThrow().questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE)
                .findFirst().orElseThrow();
    }

    static QuizAnswer right(Quiz.Question q) {
        return new QuizAnswer.Choice(q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().id());
    }

    static QuizAnswer wrong(Quiz.Question q) {
        return new QuizAnswer.Choice(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
    }

    @Test
    void aJoinCodeAlreadyTakenIsDrawnAgainWithoutSpoilingTheTransaction() {
        ClassSession first = classrooms.open(teacher, roadToWar, "First");
        JoinCode fresh = freeCode();
        codes.script(List.of(first.code(), first.code(), fresh));

        ClassSession second = classrooms.open(teacher, roadToWar, "Second");

        assertThat(second.code()).isEqualTo(fresh);
        // Still usable afterwards: PostgreSQL would refuse every statement after a failed insert.
        assertThat(classrooms.classesOf(teacher)).extracting(ClassSession::title).containsExactlyInAnyOrder("First", "Second");
    }

    private JoinCode freeCode() {
        while (true) {
            JoinCode code = new JoinCodes().next();
            if (jdbc.sql("SELECT COUNT(*) FROM class_session WHERE join_code = ?").param(code.value()).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    @Test
    void aTeacherStartsAClassAndStudentsJoinWithItsCode() {
        ClassSession session = classrooms.open(teacher, roadToWar, "  Year 10 History ");
        assertThat(session.title()).isEqualTo("Year 10 History");
        assertThat(session.code().value()).matches("[" + JoinCode.ALPHABET + "]{6}");
        assertThat(session.deleteAfter()).isEqualTo(session.createdAt().plus(Duration.ofDays(30)));
        assertThat(session.led()).isTrue();

        Classrooms.Joined ana = classrooms.join(session.code().value().toLowerCase(), "  Ana  ", address);
        Classrooms.Joined ben = classrooms.join(session.code().spaced(), "Ben", address);
        assertThat(ana.session().id()).isEqualTo(session.id());
        assertThat(ana.student().name()).isEqualTo("Ana");
        assertThat(classrooms.student(ben.student().id())).map(j -> j.student().name()).contains("Ben");
        assertThat(classrooms.studentCount(session)).isEqualTo(2);
        assertThat(classrooms.classesOf(teacher)).extracting(ClassSession::id).containsExactly(session.id());
        assertThat(classrooms.open(teacher, roadToWar, "").title()).as("a class without a name takes the tour's")
                .isEqualTo(content.corpus().tour(roadToWar).orElseThrow().title());
    }

    @Test
    void joiningIsRefusedWithAReasonAStudentUnderstands() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        String code = session.code().value();
        assertRefused(() -> classrooms.join("12", "Ana", address), "join.refused.code-form");
        assertRefused(() -> classrooms.join(otherCode(code), "Ana", address), "join.refused.unknown");
        assertRefused(() -> classrooms.join(code, "   ", address), "join.refused.name-empty");
        assertRefused(() -> classrooms.join(code, "x".repeat(41), address), "join.refused.name-long");
        classrooms.join(code, "Ana", address);
        assertRefused(() -> classrooms.join(code, "Ana", address), "join.refused.name-taken");
        classrooms.close(classrooms.ofTeacher(session.id(), teacher).orElseThrow());
        assertRefused(() -> classrooms.join(code, "Ben", address), "join.refused.ended");
    }

    @Test
    void aNameIsKeptAsTextWithoutControlCharacters() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        Classrooms.Joined joined = classrooms.join(session.code().value(), "<img src=x onerror=alert(1)>\u0000\u202E", address);
        assertThat(joined.student().name()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void aStudentTypingWrongCodesWaitsWithoutHoldingBackTheClass() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        String code = session.code().value();
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> classrooms.join(otherCode(code), "Guess", address), "join.refused.unknown");
        }
        assertRefused(() -> classrooms.join(code, "Ana", address), "join.refused.wait-browser");
        assertThat(classrooms.join(code, "Ben", new Joiner(address.address(), "Ben's phone")).student().name())
                .as("a classmate behind the same address, with the right code").isEqualTo("Ben");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(classrooms.join(code, "Ana", address).student().name()).isEqualTo("Ana");
    }

    @Test
    void aClassOfFortyMakingTyposStillGetsIn() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        String code = session.code().value();
        for (int student = 0; student < 40; student++) {
            Joiner phone = new Joiner(address.address(), "phone " + student);
            for (int typo = 0; typo < 2; typo++) {
                assertRefused(() -> classrooms.join(otherCode(code), "Student", phone), "join.refused.unknown");
            }
            assertThat(classrooms.join(code, "Student " + student, phone).student().name()).isEqualTo("Student " + student);
        }
    }

    @Test
    void anAddressGuessingWithManyBrowsersWaitsAndLiftsAfterTheWindow() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        String code = session.code().value();
        for (int i = 0; i < 100; i++) {
            Joiner fresh = new Joiner(address.address(), "fresh browser " + i);
            assertRefused(() -> classrooms.join(otherCode(code), "Guess", fresh), "join.refused.unknown");
        }
        String sameNetwork = address.address().replace("::7", ":0:aaaa::9");
        assertRefused(() -> classrooms.join(code, "Ana", new Joiner(sameNetwork, "another")), "join.refused.wait");
        String otherNetwork = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + "::8";
        assertThat(classrooms.join(code, "Ana", new Joiner(otherNetwork, "another")).student().name())
                .as("another address is not held back").isEqualTo("Ana");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(classrooms.join(code, "Ben", new Joiner(sameNetwork, "another")).student().name()).isEqualTo("Ben");
    }

    /**
     * Many tries at once from one address (each from its own browser, and all from one): never more
     * codes looked up than allowed. Tries that meet may all be told to wait (the limiter errs on
     * the safe side), but every try that was looked up is counted and no other is.
     */
    @Test
    void parallelTriesNeverLookUpMoreCodesThanAllowed() throws Exception {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        String wrongCode = otherCode(session.code().value());
        long lookedUp = lookUpsOutOf(160, i -> new Joiner(address.address(), "browser " + i), wrongCode);
        assertThat(lookedUp).isLessThanOrEqualTo(100);
        assertThat(triesCounted(address.address())).isEqualTo(lookedUp);
        String otherNetwork = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + "::9";
        lookedUp = lookUpsOutOf(60, i -> new Joiner(otherNetwork, "one browser"), wrongCode);
        assertThat(lookedUp).isLessThanOrEqualTo(5);
        assertThat(triesCounted(otherNetwork)).isEqualTo(lookedUp);
    }

    private long triesCounted(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM join_attempt WHERE network_key = ?").param(JoinLimiter.network(address))
                .query(Long.class).single();
    }

    /** How many of {@code tries} parallel wrong codes were looked up (rather than told to wait). */
    private long lookUpsOutOf(int tries, java.util.function.IntFunction<Joiner> from, String wrongCode) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < tries; i++) {
                Joiner joiner = from.apply(i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        classrooms.join(wrongCode, "Guess", joiner);
                        return "joined";
                    } catch (JoinRefused refused) {
                        return refused.key();
                    }
                }));
            }
            start.countDown();
            List<String> keys = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                keys.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(keys).allMatch(k -> k.equals("join.refused.unknown") || k.startsWith("join.refused.wait"));
            return keys.stream().filter("join.refused.unknown"::equals).count();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTeacherLeadsAndStudentsFollowUntilReleased() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", address);
        classrooms.lead(session, 3);
        assertThat(reload(session).currentStop()).isEqualTo(3);
        assertThat(student(ana).currentStop()).isEqualTo(3);
        classrooms.lead(reload(session), 99);
        assertThat(reload(session).currentStop()).as("never past the last stop").isEqualTo(9);

        classrooms.setLed(reload(session), false);
        classrooms.studentAt(student(ana), 1);
        classrooms.lead(reload(session), 5);
        assertThat(student(ana).currentStop()).as("a released student stays where they are").isEqualTo(1);
        classrooms.setLed(reload(session), true);
        assertThat(student(ana).currentStop()).as("led again, everyone is at the teacher's stop").isEqualTo(5);
    }

    @Test
    void aLiveQuestionIsAnsweredCountedRevealedAndScored() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        Student ana = classrooms.join(session.code().value(), "Ana", address).student();
        Student ben = classrooms.join(session.code().value(), "Ben", address).student();
        Student cho = classrooms.join(session.code().value(), "Cho", address).student();
        Quiz.Question q = single(session);
        AskedQuestion asked = classrooms.ask(session, q.id());
        assertThat(classrooms.currentQuestion(session.id())).map(AskedQuestion::id).contains(asked.id());

        assertThat(classrooms.answer(ana, asked.id(), right(q))).isTrue();
        assertThat(classrooms.answer(ana, asked.id(), wrong(q))).as("the first answer counts").isFalse();
        assertThat(classrooms.answer(ben, asked.id(), wrong(q))).isTrue();
        assertThatThrownBy(() -> classrooms.answer(cho, asked.id(), new QuizAnswer.Choice("no-such-choice")))
                .isInstanceOf(QuizScoring.InvalidAnswer.class);

        Classrooms.Tally tally = classrooms.tally(session, asked);
        assertThat(tally.answered()).isEqualTo(2);
        assertThat(tally.students()).isEqualTo(3);
        assertThat(tally.bars()).filteredOn(Classrooms.Bar::correct).extracting(Classrooms.Bar::count).containsExactly(1);
        assertThat(tally.bars().stream().mapToInt(Classrooms.Bar::count).sum()).isEqualTo(2);

        classrooms.reveal(session, asked);
        assertThat(classrooms.answer(cho, asked.id(), right(q))).as("no answers after the reveal").isFalse();

        ClassResults results = classrooms.results(session);
        assertThat(results.rightAnswers(ana)).isEqualTo(1);
        assertThat(results.rightAnswers(ben)).isZero();
        assertThat(results.answer(asked(results), cho)).isEmpty();
        Tour tour = content.corpus().tour(roadToWar).orElseThrow();
        List<String> rows = results.csv(tour, classrooms.quiz(session)).lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("Ana,").endsWith(",right,1,1");
        assertThat(rows.get(2)).startsWith("Ben,").endsWith(",wrong,0,1");
        assertThat(rows.get(3)).startsWith("Cho,").endsWith(",no answer,0,1");
    }

    @Test
    void askingTheNextQuestionClosesTheOneBefore() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        Student ana = classrooms.join(session.code().value(), "Ana", address).student();
        List<Quiz.Question> askable = classrooms.quiz(session).orElseThrow().questions().stream().filter(Classrooms::askable).toList();
        AskedQuestion first = classrooms.ask(session, askable.get(0).id());
        AskedQuestion second = classrooms.ask(session, askable.get(1).id());
        assertThat(classrooms.currentQuestion(session.id())).map(AskedQuestion::id).contains(second.id());
        assertThat(classrooms.answer(ana, first.id(), answerFor(askable.get(0)))).isFalse();
        classrooms.closeQuestion(session, second);
        assertThat(classrooms.currentQuestion(session.id())).isEmpty();
        Quiz.Question ordering = classrooms.quiz(session).orElseThrow().questions().stream()
                .filter(q -> !Classrooms.askable(q)).findFirst().orElseThrow();
        assertThatThrownBy(() -> classrooms.ask(session, ordering.id())).as("only choice questions are asked live")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classesAreIsolatedFromOneAnother() {
        ClassSession mine = classrooms.open(teacher, roadToWar, "Mine");
        ClassSession theirs = classrooms.open(otherTeacher, roadToWar, "Theirs");
        Student ana = classrooms.join(mine.code().value(), "Ana", address).student();
        Student zed = classrooms.join(theirs.code().value(), "Zed", address).student();
        Quiz.Question q = single(theirs);
        AskedQuestion theirQuestion = classrooms.ask(theirs, q.id());

        assertThat(classrooms.ofTeacher(theirs.id(), teacher)).as("a teacher cannot open another's class").isEmpty();
        assertThat(classrooms.classesOf(teacher)).extracting(ClassSession::id).containsExactly(mine.id());
        assertThat(classrooms.answer(ana, theirQuestion.id(), right(q))).as("a student cannot answer another class's question").isFalse();
        assertThat(classrooms.currentQuestion(mine.id())).isEmpty();
        assertThat(classrooms.results(mine).students()).extracting(Student::name).containsExactly("Ana");
        assertThat(classrooms.results(theirs).students()).extracting(Student::name).containsExactly("Zed");
        assertThat(classrooms.student(ana.id())).map(j -> j.session().id()).contains(mine.id());
        assertThat(classrooms.student(UUID.randomUUID().toString())).isEmpty();
        assertThat(classrooms.answer(zed, theirQuestion.id(), right(q))).isTrue();
    }

    @Test
    void aDeletedClassLeavesNothingBehind() {
        ClassSession session = classrooms.open(teacher, roadToWar, "Class");
        Student ana = classrooms.join(session.code().value(), "Ana", address).student();
        Quiz.Question q = single(session);
        AskedQuestion asked = classrooms.ask(session, q.id());
        classrooms.answer(ana, asked.id(), right(q));
        classrooms.delete(session);
        assertThat(rowsOf(session)).isZero();
        assertThat(classrooms.student(ana.id())).isEmpty();
        assertThat(classrooms.ofTeacher(session.id(), teacher)).isEmpty();
    }

    @Test
    void theRetentionJobDeletesClassesPastTheirTimeAndNothingElse() {
        ClassSession old = classrooms.open(teacher, roadToWar, "Old");
        Student ana = classrooms.join(old.code().value(), "Ana", address).student();
        Quiz.Question q = single(old);
        classrooms.answer(ana, classrooms.ask(old, q.id()).id(), right(q));
        clock.advance(Duration.ofDays(29));
        ClassSession recent = classrooms.open(teacher, roadToWar, "Recent");
        classrooms.join(recent.code().value(), "Ben", address);
        classrooms.deleteExpired();
        assertThat(rowsOf(old)).as("29 days on, the class is still there").isEqualTo(4);
        clock.advance(Duration.ofDays(1));
        classrooms.deleteExpired();
        assertThat(rowsOf(old)).isZero();
        assertThat(classrooms.results(recent).students()).extracting(Student::name).containsExactly("Ben");
    }

    @Test
    void removingATeacherRemovesTheirClasses() {
        ClassSession session = classrooms.open(otherTeacher, roadToWar, "Class");
        classrooms.join(session.code().value(), "Ana", address);
        accounts.remove(otherTeacher);
        assertThat(rowsOf(session)).isZero();
    }

    int rowsOf(ClassSession session) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM class_session WHERE id = :id) + (SELECT COUNT(*) FROM class_student WHERE class_id = :id)"
                        + " + (SELECT COUNT(*) FROM class_question WHERE class_id = :id)"
                        + " + (SELECT COUNT(*) FROM class_answer a JOIN class_question q ON q.id = a.asked_id WHERE q.class_id = :id)")
                .param("id", session.id()).query(Integer.class).single();
    }

    static QuizAnswer answerFor(Quiz.Question q) {
        return switch (q.type()) {
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(true);
            case MULTIPLE -> new QuizAnswer.Choices(Set.of(q.choices().getFirst().id()));
            default -> new QuizAnswer.Choice(q.choices().getFirst().id());
        };
    }

    AskedQuestion asked(ClassResults results) {
        return results.asked().getFirst();
    }

    ClassSession reload(ClassSession session) {
        return classrooms.ofTeacher(session.id(), teacher).orElseThrow();
    }

    Student student(Classrooms.Joined joined) {
        return classrooms.student(joined.student().id()).orElseThrow().student();
    }

    static String otherCode(String code) {
        String other = code.charAt(0) == 'A' ? "C" + code.substring(1) : "A" + code.substring(1);
        return other;
    }

    static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOf(JoinRefused.class).extracting(e -> ((JoinRefused) e).key()).isEqualTo(key);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
