-- Secrets every node of one exhibit must share (decision 45): the first node to need one makes it
-- at random and keeps it here; the others read it. Today one: the key that signs a staff member's
-- sign-in cookie, so that any node can recognise a teacher whose node was lost.
CREATE TABLE shared_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
