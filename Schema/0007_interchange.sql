-- Recourse journal, schema 7: export, import and sync between devices.
-- Records already carry a uuid; this adds what merging journals needs.
-- * event.origin_hash / origin_device: an event imported from another journal is appended to this
--   journal's own hash chain (its prev_hash and hash are local), and keeps the uuid, hash and
--   device it had where it was first written. NULL on events written here.
-- * device: this journal's own id (one row), written on every export and by sync. A copy of a
--   journal file shares it; `sync` documents how to give a copy its own.
-- * conflict: a record that two journals changed differently; both versions are kept here (as
--   export lines) and in the history, and which one the journal shows.
-- Row digests are untouched: no column is added to a protected table.

ALTER TABLE event ADD COLUMN origin_hash TEXT CHECK (origin_hash IS NULL OR length(origin_hash) = 64);
ALTER TABLE event ADD COLUMN origin_device TEXT CHECK (origin_device IS NULL OR length(origin_device) = 36);

CREATE TABLE device (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    uuid  TEXT    NOT NULL CHECK (length(uuid) = 36),
    name  TEXT
) STRICT;
INSERT INTO device (id, uuid) VALUES (1,
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));

CREATE TABLE conflict (
    id                 INTEGER PRIMARY KEY,
    record_type        TEXT    NOT NULL,
    record_uuid        TEXT    NOT NULL CHECK (length(record_uuid) = 36),
    local_revision     TEXT    NOT NULL,
    incoming_revision  TEXT    NOT NULL,
    local_line         TEXT    NOT NULL CHECK (json_valid(local_line)),
    incoming_line      TEXT    NOT NULL CHECK (json_valid(incoming_line)),
    shown              TEXT    NOT NULL CHECK (shown IN ('local','incoming')),
    source             TEXT    NOT NULL,
    found_at           INTEGER NOT NULL,
    resolved_at        INTEGER,
    UNIQUE (record_uuid, local_revision, incoming_revision)
) STRICT;
CREATE INDEX conflict_open ON conflict(record_uuid) WHERE resolved_at IS NULL;
