-- A teacher's own document sets: documents from the archive in their order, each with a
-- highlighted passage and a note, an introduction and the teacher's questions, kept as JSON
-- (the shape of org.cables.classroom.Lesson). A share code lets another teacher copy the set.
-- Sets follow the classes' retention: deleted that long after they were last changed or used.
CREATE TABLE document_set (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    teacher       VARCHAR(60)  NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    share_code    VARCHAR(6)   NOT NULL UNIQUE,
    title         VARCHAR(120) NOT NULL,
    lesson        VARCHAR(1000000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delete_after  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX document_set_teacher ON document_set (teacher);
CREATE INDEX document_set_delete_after ON document_set (delete_after);

-- A class taught or assigned from a set keeps a copy of it, so later edits change nothing set.
ALTER TABLE class_session ADD COLUMN lesson VARCHAR(1000000);
