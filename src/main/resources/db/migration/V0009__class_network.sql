-- The months of the correspondence network a teacher has put on every student's screen
-- (both null while the class is on its tour). Months are written 1950-06.
ALTER TABLE class_session ADD COLUMN network_from VARCHAR(7);
ALTER TABLE class_session ADD COLUMN network_to VARCHAR(7);
