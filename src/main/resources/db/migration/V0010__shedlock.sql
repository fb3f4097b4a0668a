-- Scheduled jobs run on one node at a time (ShedLock, decision 43): a job's row says which node
-- holds it and until when; another node finds it held and skips that run. The times are the
-- database's own, so that the nodes' clocks do not matter.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
