-- Wrong staff passwords, counted per user name and per address for every node on one database
-- (decision 47): a row per key with the number of wrong tries, the last one, and a lock if the
-- key has one. Rows no longer counting are deleted by the next try of their key or by a job.
CREATE TABLE sign_in_count (
    count_key     VARCHAR(120) NOT NULL PRIMARY KEY,
    wrong         INTEGER      NOT NULL,
    last_try      TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX sign_in_count_last_try ON sign_in_count (last_try);
