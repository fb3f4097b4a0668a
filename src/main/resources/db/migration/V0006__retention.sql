-- What is kept, and for how long (exhibit.retention.*): an hourly job deletes anonymous tour
-- places and quiz attempts by these times; visit events and incidents have their indexes already.
CREATE INDEX tour_progress_updated_at ON tour_progress (updated_at);
CREATE INDEX quiz_attempt_started_at ON quiz_attempt (started_at);

-- An incident keeps the address of the page without its query string, which can hold what a
-- visitor typed (search words, a class's join code).
UPDATE incident SET location = SUBSTRING(location FROM 1 FOR POSITION('?' IN location) - 1)
WHERE POSITION('?' IN location) > 0;
