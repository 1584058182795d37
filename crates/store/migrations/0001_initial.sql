-- IEP Desk local store, version 1.
-- Current state lives in ordinary tables; every change to it is also appended to change_log in
-- the same transaction. change_log is the audit trail and the sync outbox, so it is append-only:
-- triggers refuse UPDATE and DELETE, whoever asks.

CREATE TABLE device (
    id          TEXT PRIMARY KEY,          -- UUIDv7, made once per database
    created_at  TEXT NOT NULL
);

CREATE TABLE user_profile (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL CHECK (role IN ('case_manager', 'social_worker', 'provider', 'supervisor')),
    created_at  TEXT NOT NULL
);

-- Which profile is signed in on this device (one row).
CREATE TABLE active_profile (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    profile_id  TEXT NOT NULL REFERENCES user_profile(id)
);

CREATE TABLE student (
    id               TEXT PRIMARY KEY,
    osis             TEXT NOT NULL UNIQUE CHECK (length(osis) = 9),
    first_name       TEXT NOT NULL,
    last_name        TEXT NOT NULL,
    date_of_birth    TEXT NOT NULL,
    home_language    TEXT NOT NULL,
    parent_language  TEXT NOT NULL,
    school_dbn       TEXT NOT NULL,
    grade            TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX student_last_name ON student (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE iep (
    id            TEXT PRIMARY KEY,
    student_id    TEXT NOT NULL REFERENCES student(id),
    version       INTEGER NOT NULL CHECK (version >= 1),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'finalized', 'amended')),
    amends        TEXT REFERENCES iep(id),
    amended_by    TEXT REFERENCES iep(id),
    finalized_at  TEXT,
    content_hash  TEXT,
    content       TEXT NOT NULL CHECK (json_valid(content)),
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (student_id, version),
    CHECK ((status = 'draft') = (finalized_at IS NULL))
);
-- At most one draft per student: two drafts would split the team's work.
CREATE UNIQUE INDEX iep_one_draft_per_student ON iep (student_id) WHERE status = 'draft';

-- A finalized IEP is a legal record. Once it leaves draft its content, hash and identity never
-- change; the only update allowed is marking it amended by a newer version.
CREATE TRIGGER iep_finalized_is_immutable
BEFORE UPDATE ON iep
WHEN OLD.status <> 'draft' AND (
       NEW.content IS NOT OLD.content
    OR NEW.content_hash IS NOT OLD.content_hash
    OR NEW.finalized_at IS NOT OLD.finalized_at
    OR NEW.student_id IS NOT OLD.student_id
    OR NEW.version IS NOT OLD.version
    OR NEW.amends IS NOT OLD.amends
    OR (NEW.status <> OLD.status AND NOT (OLD.status = 'finalized' AND NEW.status = 'amended' AND NEW.amended_by IS NOT NULL))
    OR (OLD.status = 'amended' AND NEW.amended_by IS NOT OLD.amended_by))
BEGIN
    SELECT RAISE(ABORT, 'finalized IEP is immutable');
END;

CREATE TRIGGER iep_finalized_is_not_deleted
BEFORE DELETE ON iep
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'finalized IEP is immutable');
END;

CREATE TABLE change_log (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,  -- local order of writing
    change_id        TEXT NOT NULL UNIQUE,               -- UUIDv7; idempotency key for sync
    command_id       TEXT NOT NULL,                      -- the changes of one command share it
    entity           TEXT NOT NULL CHECK (entity IN ('student', 'iep', 'user_profile')),
    entity_id        TEXT NOT NULL,
    entity_revision  INTEGER NOT NULL,                   -- the entity's revision after the change
    field_path       TEXT NOT NULL,
    old_value        TEXT NOT NULL CHECK (json_valid(old_value)),
    new_value        TEXT NOT NULL CHECK (json_valid(new_value)),
    author_id        TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    recorded_at      TEXT NOT NULL                       -- RFC 3339, local time with its UTC offset
);
CREATE INDEX change_log_entity ON change_log (entity_id, seq);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;

-- The "pushed" marker. It lives beside change_log rather than in it so that no change-log row is
-- ever updated: acknowledging a push inserts a row here, and that is append-only too.
CREATE TABLE change_push (
    change_id   TEXT PRIMARY KEY REFERENCES change_log(change_id),
    pushed_at   TEXT NOT NULL,
    server_seq  INTEGER
);

CREATE TRIGGER change_push_no_update BEFORE UPDATE ON change_push
BEGIN
    SELECT RAISE(ABORT, 'change_push is append-only');
END;

CREATE TRIGGER change_push_no_delete BEFORE DELETE ON change_push
BEGIN
    SELECT RAISE(ABORT, 'change_push is append-only');
END;

-- The sync outbox: changes not yet acknowledged by the server, oldest first.
CREATE VIEW outbox AS
    SELECT c.* FROM change_log c
    LEFT JOIN change_push p ON p.change_id = c.change_id
    WHERE p.change_id IS NULL
    ORDER BY c.seq;
