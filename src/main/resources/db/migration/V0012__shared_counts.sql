-- What several exhibit nodes on one database must count together (decision 46).

-- A try at a join code (or a re-entry pair), with the browser and the network address (an IPv6
-- /64) it came from. A try is written before its code is looked up and removed again when the
-- code exists or the try is refused, so the rows are the wrong codes (and the tries being looked
-- up); a scheduled job deletes the rows older than the join window.
CREATE TABLE join_attempt (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    browser_key   VARCHAR(100) NOT NULL,
    network_key   VARCHAR(100) NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX join_attempt_browser ON join_attempt (browser_key, attempted_at);
CREATE INDEX join_attempt_network ON join_attempt (network_key, attempted_at);
CREATE INDEX join_attempt_at ON join_attempt (attempted_at);

-- A student with a class page open on a node: written when the node's first page of the student
-- opens, removed when its last one closes, refreshed by the node every 15 seconds. A row not
-- refreshed for 45 seconds (its node is gone) no longer counts and is deleted. The class's
-- deletion takes its rows along.
CREATE TABLE class_presence (
    student_id    VARCHAR(36)  NOT NULL REFERENCES class_student (id) ON DELETE CASCADE,
    node_id       VARCHAR(100) NOT NULL,
    class_id      VARCHAR(36)  NOT NULL REFERENCES class_session (id) ON DELETE CASCADE,
    refreshed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (student_id, node_id)
);

CREATE INDEX class_presence_class ON class_presence (class_id, refreshed_at);
CREATE INDEX class_presence_refreshed ON class_presence (refreshed_at);
