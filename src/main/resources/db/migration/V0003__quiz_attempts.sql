-- Quiz attempts of anonymous visitors, and every answer the moment it is given: an answer
-- that was acknowledged is committed before the visitor sees its feedback.
CREATE TABLE quiz_attempt (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    visitor_id  VARCHAR(36)  NOT NULL,
    quiz_id     VARCHAR(100) NOT NULL,
    seed        BIGINT       NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    score       INTEGER      NOT NULL,
    max_score   INTEGER      NOT NULL
);

CREATE INDEX quiz_attempt_visitor ON quiz_attempt (visitor_id, quiz_id);

CREATE TABLE quiz_answer (
    attempt_id  VARCHAR(36)  NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id VARCHAR(100) NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
