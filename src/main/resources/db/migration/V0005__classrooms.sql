-- Staff accounts (admins and teachers) and classroom sessions.
-- Students never have accounts: a class keeps the display names they chose and their
-- answers until the class's delete_after, then the retention job deletes the class and,
-- through the cascades, everything of it.
CREATE TABLE staff_account (
    username      VARCHAR(60)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE class_session (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    join_code     VARCHAR(6)   NOT NULL UNIQUE,
    teacher       VARCHAR(60)  NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    title         VARCHAR(100) NOT NULL,
    tour_id       VARCHAR(100) NOT NULL,
    led           BOOLEAN      NOT NULL,
    current_stop  INTEGER      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    delete_after  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX class_session_teacher ON class_session (teacher);
CREATE INDEX class_session_delete_after ON class_session (delete_after);

CREATE TABLE class_student (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    class_id      VARCHAR(36)  NOT NULL REFERENCES class_session (id) ON DELETE CASCADE,
    display_name  VARCHAR(40)  NOT NULL,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    current_stop  INTEGER      NOT NULL,
    CONSTRAINT class_student_name UNIQUE (class_id, display_name)
);

-- A question of the tour's quiz asked live; revealed_at is set when the teacher shows the answer.
CREATE TABLE class_question (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    class_id      VARCHAR(36)  NOT NULL REFERENCES class_session (id) ON DELETE CASCADE,
    question_id   VARCHAR(100) NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revealed_at   TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX class_question_class ON class_question (class_id);

-- A student's answer, committed before the student is told it arrived; the first one counts.
CREATE TABLE class_answer (
    asked_id      VARCHAR(36)  NOT NULL REFERENCES class_question (id) ON DELETE CASCADE,
    student_id    VARCHAR(36)  NOT NULL REFERENCES class_student (id) ON DELETE CASCADE,
    answer        VARCHAR(2000) NOT NULL,
    correct       BOOLEAN      NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (asked_id, student_id)
);
