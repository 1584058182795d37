-- IEP Desk local store, version 2: the dated events of a student's case that deadlines count from
-- (a referral received, consent for evaluation, the last reevaluation...).
-- Rows are written only through Store::write, so each insert and each removal is also a
-- change_log row: entity 'student', entity_id the student, field_path 'case_events.<event id>',
-- old/new the event as JSON (null on the side where it does not exist). A removed event is
-- deleted here; the log keeps what it was.

CREATE TABLE case_event (
    id          TEXT PRIMARY KEY,                      -- UUIDv7
    student_id  TEXT NOT NULL REFERENCES student(id),
    kind        TEXT NOT NULL CHECK (length(kind) > 0),  -- rules::Trigger, snake_case
    date        TEXT NOT NULL CHECK (date(date) IS date), -- YYYY-MM-DD
    note        TEXT CHECK (note IS NULL OR length(trim(note)) > 0),
    created_at  TEXT NOT NULL
);
CREATE INDEX case_event_student ON case_event (student_id, date);
