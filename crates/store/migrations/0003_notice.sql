-- IEP Desk local store, version 3: the notices the app keeps for the parent (a Prior Written
-- Notice or a consent form). Like an IEP, a notice is drafted field by field and frozen once
-- issued; its changes are change_log rows with entity 'notice'.
--
-- change_log's CHECK on `entity` names the entities it accepts, so the table is rebuilt with
-- 'notice' added (SQLite cannot alter a CHECK). The runner turns foreign keys off for migrations
-- and runs foreign_key_check before committing (sqlite.org/lang_altertable.html, "other kinds of
-- table schema changes"). Every row is copied as it is, seq and all; the append-only triggers and
-- the outbox view are made again on the new table.

CREATE TABLE notice (
    id            TEXT PRIMARY KEY,                               -- UUIDv7
    student_id    TEXT NOT NULL REFERENCES student(id),
    iep_id        TEXT REFERENCES iep(id),
    kind          TEXT NOT NULL CHECK (kind IN ('pwn', 'consent')),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
    issued_at     TEXT,
    content_hash  TEXT,
    content       TEXT NOT NULL CHECK (json_valid(content)),
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((status = 'draft') = (issued_at IS NULL)),
    CHECK ((status = 'draft') = (content_hash IS NULL))
);
CREATE INDEX notice_student ON notice (student_id, created_at);

-- An issued notice went to the parent: it is never changed or deleted.
CREATE TRIGGER notice_issued_is_immutable
BEFORE UPDATE ON notice
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'issued notice is immutable');
END;

CREATE TRIGGER notice_issued_is_not_deleted
BEFORE DELETE ON notice
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'issued notice is immutable');
END;

CREATE TABLE change_log_v3 (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id        TEXT NOT NULL UNIQUE,
    command_id       TEXT NOT NULL,
    entity           TEXT NOT NULL CHECK (entity IN ('student', 'iep', 'user_profile', 'notice')),
    entity_id        TEXT NOT NULL,
    entity_revision  INTEGER NOT NULL,
    field_path       TEXT NOT NULL,
    old_value        TEXT NOT NULL CHECK (json_valid(old_value)),
    new_value        TEXT NOT NULL CHECK (json_valid(new_value)),
    author_id        TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    recorded_at      TEXT NOT NULL
);
INSERT INTO change_log_v3 SELECT * FROM change_log;
DROP VIEW outbox;
DROP TABLE change_log;  -- its triggers and index go with it; no trigger fires on a DROP
ALTER TABLE change_log_v3 RENAME TO change_log;
CREATE INDEX change_log_entity ON change_log (entity_id, seq);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;

CREATE VIEW outbox AS
    SELECT c.* FROM change_log c
    LEFT JOIN change_push p ON p.change_id = c.change_id
    WHERE p.change_id IS NULL
    ORDER BY c.seq;
