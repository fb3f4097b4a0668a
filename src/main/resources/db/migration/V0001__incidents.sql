-- Unexpected errors met by visitors, findable by the reference shown to them.
CREATE TABLE incident (
    id          VARCHAR(9)    NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    location    VARCHAR(500),
    error_type  VARCHAR(300)  NOT NULL,
    message     VARCHAR(1000)
);

CREATE INDEX incident_occurred_at ON incident (occurred_at);
