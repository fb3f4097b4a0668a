-- Assignments: a class that students work through at their own pace between an opening and a
-- due date, instead of following the teacher live. A live class has neither date.
ALTER TABLE class_session ADD COLUMN opens_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE class_session ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;

-- A student of an assignment gets a short personal code to carry on from another device
-- (still no account); last_seen_at shows the teacher who is working.
ALTER TABLE class_student ADD COLUMN reentry_code VARCHAR(6);
ALTER TABLE class_student ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX class_student_reentry ON class_student (class_id, reentry_code);

-- Which stops of the tour a student has read.
CREATE TABLE class_stop_read (
    student_id    VARCHAR(36)  NOT NULL REFERENCES class_student (id) ON DELETE CASCADE,
    stop_id       VARCHAR(100) NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (student_id, stop_id)
);

-- A student's own answer to a checkpoint or quiz question of the assignment; the first one counts.
CREATE TABLE class_work_answer (
    student_id    VARCHAR(36)  NOT NULL REFERENCES class_student (id) ON DELETE CASCADE,
    question_id   VARCHAR(100) NOT NULL,
    answer        VARCHAR(2000) NOT NULL,
    correct       BOOLEAN      NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (student_id, question_id)
);

-- A writing task the teacher set: a question about one document (and a passage of it), with a
-- model answer and the rubric's criteria, one per line (a skill's key, or the teacher's own words).
CREATE TABLE class_writing_task (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    class_id      VARCHAR(36)  NOT NULL REFERENCES class_session (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    cable_id      VARCHAR(100) NOT NULL,
    passage       VARCHAR(4000),
    prompt        VARCHAR(1000) NOT NULL,
    model_answer  VARCHAR(4000) NOT NULL,
    criteria      VARCHAR(2000) NOT NULL
);

CREATE INDEX class_writing_task_class ON class_writing_task (class_id);

-- What a student wrote: the draft is saved as they type; a submission copies it (revisable until
-- the due date); the teacher's scores (one per criterion, comma-separated) and comment follow.
CREATE TABLE class_writing (
    task_id       VARCHAR(36)  NOT NULL REFERENCES class_writing_task (id) ON DELETE CASCADE,
    student_id    VARCHAR(36)  NOT NULL REFERENCES class_student (id) ON DELETE CASCADE,
    draft         VARCHAR(6000) NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted     VARCHAR(6000),
    submitted_at  TIMESTAMP WITH TIME ZONE,
    revisions     INTEGER      NOT NULL,
    scores        VARCHAR(200),
    teacher_comment VARCHAR(2000),
    scored_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (task_id, student_id)
);
