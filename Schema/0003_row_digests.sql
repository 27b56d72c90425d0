-- Recourse journal, schema 3: tamper evidence for the records themselves.
-- Each event also records the SHA-256 of every row it wrote ({"contact:12": "…"}), and its own hash
-- covers those digests. `recourse verify` recomputes each row's digest and compares it with the
-- latest one recorded, so a row edited, inserted or deleted with another tool is found.
-- The event table is rebuilt to add the column and the 'journal' entity (used once, to record the
-- digests of rows written before this schema); existing events are copied unchanged.

CREATE TABLE event_v3 (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    at         INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    entity     TEXT    NOT NULL
               CHECK (entity IN ('journal','organization','case','contact','promise','attachment','escalation')),
    entity_id  INTEGER NOT NULL,
    case_id    INTEGER REFERENCES case_file(id),
    payload    TEXT    NOT NULL CHECK (json_valid(payload)),
    prev_hash  TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash       TEXT    NOT NULL UNIQUE CHECK (length(hash) = 64),
    digests    TEXT    CHECK (digests IS NULL OR json_valid(digests))
) STRICT;
INSERT INTO event_v3 (id, uuid, at, kind, entity, entity_id, case_id, payload, prev_hash, hash)
    SELECT id, uuid, at, kind, entity, entity_id, case_id, payload, prev_hash, hash FROM event ORDER BY id;
DROP TABLE event;
ALTER TABLE event_v3 RENAME TO event;
CREATE INDEX event_case ON event(case_id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
