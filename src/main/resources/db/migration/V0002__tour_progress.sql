-- Where an anonymous visitor (a random id in a cookie) has got to in each tour.
CREATE TABLE tour_progress (
    visitor_id  VARCHAR(36)  NOT NULL,
    tour_id     VARCHAR(100) NOT NULL,
    stop_number INTEGER      NOT NULL,
    finished    BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (visitor_id, tour_id)
);
