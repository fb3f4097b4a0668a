package org.cables.sets;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.classroom.ClassroomProperties;
import org.cables.classroom.JoinCode;
import org.cables.classroom.Lesson;
import org.cables.classroom.Rubric;
import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' own document sets. Every read and change is scoped to the teacher who owns the set
 * ({@link #ofTeacher}); another teacher gets a copy only by its share code. Every change is
 * checked before it is stored: documents from the archive, highlights and excerpts in the
 * document's own words, questions complete for their type, texts within their limits.
 */
@Service
public class DocumentSets {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSets.class);
    public static final int MAX_TITLE = 120;
    public static final int MAX_INTRODUCTION = 4_000;
    public static final int MAX_NOTE = 1_000;
    public static final int MAX_DOCUMENTS = 30;
    public static final int MAX_QUESTIONS = 40;
    public static final int MAX_PROMPT = 1_000;
    public static final int MAX_EXPLANATION = 2_000;
    public static final int MAX_CHOICES = 8;
    public static final int MAX_CHOICE = 300;
    private static final int MAX_CODE_DRAWS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExhibitContent content;
    private final ClassroomProperties properties;
    private final SecureRandom random = new SecureRandom();

    DocumentSets(JdbcClient jdbc, Clock clock, ExhibitContent content, ClassroomProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.content = content;
        this.properties = properties;
    }

    /** A new, empty set of the teacher's. */
    public DocumentSet create(String teacher, String title) {
        String name = title == null || title.isBlank() ? "" : title.strip();
        Lesson lesson = new Lesson(UUID.randomUUID().toString(), name, "", List.of(), List.of());
        return insert(teacher, checked(lesson));
    }

    /** A copy of another teacher's set, found by its share code, for this teacher to change as they like. */
    @Transactional
    public DocumentSet copy(String teacher, String typedCode) {
        JoinCode code = JoinCode.parse(typedCode).orElseThrow(() -> new SetRefused("set.refused.code-form"));
        DocumentSet original = jdbc.sql(SELECT + " WHERE share_code = ?").param(code.value()).query(DocumentSets::row).optional()
                .orElseThrow(() -> new SetRefused("set.refused.code-unknown"));
        Lesson lesson = original.lesson();
        return insert(teacher, new Lesson(UUID.randomUUID().toString(), lesson.title(), lesson.introduction(), lesson.documents(),
                lesson.questions()));
    }

    private DocumentSet insert(String teacher, Lesson lesson) {
        Instant now = clock.instant();
        for (int attempt = 1; attempt <= MAX_CODE_DRAWS; attempt++) {
            JoinCode code = JoinCode.random(random);
            int inserted = jdbc.sql("INSERT INTO document_set (id, teacher, share_code, title, lesson, created_at, updated_at, delete_after) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM document_set WHERE share_code = ?)")
                    .params(lesson.id(), teacher, code.value(), lesson.title(), org.cables.classroom.LessonJson.write(lesson),
                            Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(properties.retention())), code.value())
                    .update();
            if (inserted == 1) {
                return new DocumentSet(lesson.id(), teacher, code, lesson, now, now, now.plus(properties.retention()));
            }
        }
        throw new IllegalStateException("No free share code after " + MAX_CODE_DRAWS + " draws");
    }

    public List<DocumentSet> setsOf(String teacher) {
        return jdbc.sql(SELECT + " WHERE teacher = ? ORDER BY updated_at DESC").param(teacher).query(DocumentSets::row).list();
    }

    /** The set, if this teacher owns it: nobody sees another teacher's set. */
    public Optional<DocumentSet> ofTeacher(String setId, String teacher) {
        if (setId == null || teacher == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE id = ? AND teacher = ?").params(setId, teacher).query(DocumentSets::row).optional();
    }

    /** Stores a changed set after checking it; its retention starts again. */
    public DocumentSet save(DocumentSet set, Lesson changed) {
        Lesson lesson = checked(new Lesson(set.id(), changed.title(), changed.introduction(), changed.documents(), changed.questions()));
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE document_set SET title = ?, lesson = ?, updated_at = ?, delete_after = ? WHERE id = ? AND teacher = ?")
                .params(lesson.title(), org.cables.classroom.LessonJson.write(lesson), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.retention())), set.id(), set.teacher()).update();
        if (updated == 0) {
            throw new SetRefused("set.refused.gone");
        }
        return ofTeacher(set.id(), set.teacher()).orElseThrow();
    }

    /** Adds a document from the archive at the end of the set (nothing happens if it is there already). */
    public DocumentSet addDocument(DocumentSet set, CableId cable) {
        Lesson lesson = set.lesson();
        if (lesson.documents().stream().anyMatch(d -> d.cable().equals(cable))) {
            return set;
        }
        List<Lesson.Document> documents = new ArrayList<>(lesson.documents());
        documents.add(new Lesson.Document(cable, null, null));
        return save(set, new Lesson(lesson.id(), lesson.title(), lesson.introduction(), documents, lesson.questions()));
    }

    /** A class was taught or assigned from the set: its retention starts again. */
    public void used(DocumentSet set) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE document_set SET delete_after = ? WHERE id = ?").params(Timestamp.from(now.plus(properties.retention())), set.id()).update();
    }

    public void delete(DocumentSet set) {
        jdbc.sql("DELETE FROM document_set WHERE id = ? AND teacher = ?").params(set.id(), set.teacher()).update();
    }

    /** The retention job: sets not changed or used for the classes' retention period are deleted. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.classroom.retention-check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "document-set-retention", lockAtLeastFor = "PT1M")
    public void deleteExpired() {
        int deleted = jdbc.sql("DELETE FROM document_set WHERE delete_after <= ?").param(Timestamp.from(clock.instant())).update();
        if (deleted > 0) {
            LOG.info("Deleted {} document set(s) not changed or used for {} days.", deleted, properties.retention().toDays());
        }
    }

    // ---- Checks

    /** The lesson as it may be stored, or the first reason it may not, said for the teacher. */
    Lesson checked(Lesson lesson) {
        Corpus corpus = content.corpus();
        String title = clean(lesson.title());
        if (title.isEmpty()) {
            throw new SetRefused("set.refused.title-empty");
        }
        if (title.length() > MAX_TITLE) {
            throw new SetRefused("set.refused.title-long", MAX_TITLE);
        }
        String introduction = clean(lesson.introduction());
        if (introduction.length() > MAX_INTRODUCTION) {
            throw new SetRefused("set.refused.introduction-long", MAX_INTRODUCTION);
        }
        if (lesson.documents().size() > MAX_DOCUMENTS) {
            throw new SetRefused("set.refused.documents-many", MAX_DOCUMENTS);
        }
        List<Lesson.Document> documents = new ArrayList<>();
        Set<CableId> seen = new HashSet<>();
        for (Lesson.Document document : lesson.documents()) {
            Cable cable = corpus.cable(document.cable()).orElseThrow(() -> new SetRefused("set.refused.document-unknown"));
            if (!seen.add(cable.id())) {
                continue;
            }
            String highlight = blankToNull(document.highlight());
            if (highlight != null && org.cables.content.ExhibitMarkdown.paragraphWith(cable.body(), highlight).isEmpty()) {
                throw new SetRefused("set.refused.highlight", cable.title());
            }
            String note = blankToNull(clean(document.note()));
            if (note != null && note.length() > MAX_NOTE) {
                throw new SetRefused("set.refused.note-long", MAX_NOTE);
            }
            documents.add(new Lesson.Document(cable.id(), highlight == null ? null : highlight.replaceAll("\\s+", " ").strip(), note));
        }
        if (lesson.questions().size() > MAX_QUESTIONS) {
            throw new SetRefused("set.refused.questions-many", MAX_QUESTIONS);
        }
        List<Lesson.Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Lesson.Question question : lesson.questions()) {
            Lesson.Question q = checked(question, seen, corpus);
            if (!ids.add(q.id())) {
                throw new SetRefused("set.refused.question-twice");
            }
            questions.add(q);
        }
        return new Lesson(lesson.id(), title, introduction, documents, questions);
    }

    private Lesson.Question checked(Lesson.Question q, Set<CableId> documents, Corpus corpus) {
        if (q.id() == null || !q.id().matches("q[0-9]{1,4}")) {
            throw new SetRefused("set.refused.question-id");
        }
        if (q.cable() == null || !documents.contains(q.cable())) {
            throw new SetRefused("set.refused.question-document");
        }
        String prompt = clean(q.prompt());
        if (prompt.isEmpty()) {
            throw new SetRefused("set.refused.prompt-empty");
        }
        if (prompt.length() > MAX_PROMPT) {
            throw new SetRefused("set.refused.prompt-long", MAX_PROMPT);
        }
        String explanation = clean(q.explanation());
        if (explanation.length() > MAX_EXPLANATION) {
            throw new SetRefused("set.refused.explanation-long", MAX_EXPLANATION);
        }
        if (q.writing()) {
            String model = clean(q.modelAnswer());
            if (model.isEmpty()) {
                throw new SetRefused("writing.refused.model-empty");
            }
            if (model.length() > org.cables.classroom.Assignments.MAX_MODEL_ANSWER) {
                throw new SetRefused("writing.refused.model-long", org.cables.classroom.Assignments.MAX_MODEL_ANSWER);
            }
            String criteria = q.criteria() == null || q.criteria().isBlank() ? null : q.criteria();
            if (criteria != null) {
                Rubric.own(criteria.replace("skill:", "")); // the same limits as the teacher's own criteria
            }
            return new Lesson.Question(q.id(), Lesson.WRITING, q.cable(), prompt, "", List.of(), null, null, List.of(), List.of(),
                    null, null, null, model, criteria);
        }
        Quiz.Type type = q.type().orElseThrow(() -> new SetRefused("set.refused.question-type"));
        if (explanation.isEmpty()) {
            throw new SetRefused("set.refused.explanation-empty");
        }
        List<Quiz.Choice> choices = q.choices().stream().map(c -> new Quiz.Choice(c.id(), clean(c.text()), c.correct()))
                .filter(c -> !c.text().isEmpty()).toList();
        switch (type) {
            case SINGLE, SOURCE -> requireChoices(choices, 1, 1);
            case MAP_LINE, MAP_PLACE -> {
                if (q.date() == null || q.date().isBefore(org.cables.content.FrontLines.FIRST_DAY)
                        || q.date().isAfter(org.cables.content.FrontLines.LAST_DAY)) {
                    throw new SetRefused("set.refused.map-date");
                }
                requireChoices(choices, 1, 1);
                if (type == Quiz.Type.MAP_PLACE && choices.stream().anyMatch(c -> !org.cables.content.ContentId.isValidId(c.id())
                        || corpus.place(new org.cables.content.PlaceId(c.id())).isEmpty())) {
                    throw new SetRefused("set.refused.place", choices.stream().map(Quiz.Choice::text).findFirst().orElse(""));
                }
            }
            case MULTIPLE -> requireChoices(choices, 1, choices.size());
            case TRUE_FALSE -> {
                if (clean(q.statement()).isEmpty() || q.answer() == null) {
                    throw new SetRefused("set.refused.statement");
                }
            }
            case ORDER -> {
                if (q.items().size() < 2 || q.items().size() > MAX_CHOICES || q.items().stream().anyMatch(i -> clean(i.text()).isEmpty())) {
                    throw new SetRefused("set.refused.items", MAX_CHOICES);
                }
            }
            case MATCH -> {
                if (q.pairs().size() < 2 || q.pairs().size() > MAX_CHOICES
                        || q.pairs().stream().anyMatch(p -> clean(p.left()).isEmpty() || clean(p.right()).isEmpty())) {
                    throw new SetRefused("set.refused.pairs", MAX_CHOICES);
                }
            }
            default -> throw new SetRefused("set.refused.question-type");
        }
        String excerpt = null;
        Quiz.Skill skill = null;
        if (type == Quiz.Type.SOURCE) {
            excerpt = blankToNull(q.excerpt());
            Cable cable = corpus.cable(q.cable()).orElseThrow();
            if (excerpt == null || !cable.quotes(excerpt)) {
                throw new SetRefused("set.refused.excerpt", cable.title());
            }
            excerpt = excerpt.replaceAll("\\s+", " ").strip();
            skill = q.skill() == null ? Quiz.Skill.SOURCING : q.skill();
        }
        return new Lesson.Question(q.id(), type.key(), q.cable(), prompt, explanation, choices,
                type == Quiz.Type.TRUE_FALSE ? clean(q.statement()) : null, type == Quiz.Type.TRUE_FALSE ? q.answer() : null,
                type == Quiz.Type.ORDER ? q.items().stream().map(i -> new Quiz.Item(i.id(), clean(i.text()))).toList() : List.of(),
                type == Quiz.Type.MATCH ? q.pairs().stream().map(p -> new Quiz.Pair(p.id(), clean(p.left()), clean(p.right()))).toList() : List.of(),
                excerpt, skill, type == Quiz.Type.MAP_LINE || type == Quiz.Type.MAP_PLACE ? q.date() : null, null, null);
    }

    private static void requireChoices(List<Quiz.Choice> choices, int minRight, int maxRight) {
        long right = choices.stream().filter(Quiz.Choice::correct).count();
        if (choices.size() < 2 || choices.size() > MAX_CHOICES || choices.stream().anyMatch(c -> c.text().length() > MAX_CHOICE)) {
            throw new SetRefused("set.refused.choices", MAX_CHOICES, MAX_CHOICE);
        }
        if (right < minRight || right > maxRight) {
            throw new SetRefused(maxRight == 1 ? "set.refused.one-right" : "set.refused.some-right");
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{C}&&[^\\n\\t]]", "").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static final String SELECT = "SELECT id, teacher, share_code, lesson, created_at, updated_at, delete_after FROM document_set";

    private static DocumentSet row(ResultSet rs, int n) throws SQLException {
        return new DocumentSet(rs.getString("id"), rs.getString("teacher"), new JoinCode(rs.getString("share_code")),
                org.cables.classroom.LessonJson.read(rs.getString("lesson")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getTimestamp("delete_after").toInstant());
    }
}
