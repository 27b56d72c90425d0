-- Recourse journal, schema 12: a contact the user declares logged by mistake.
-- Voiding never deletes or edits the contact: it stays in the journal and in `show --history`,
-- and this row says it is to be left out of letters, the agenda and counts from `voided_at` on
-- (so `--as-of` an earlier moment still shows it). One void per contact; `reason` is the user's.
-- A separate table, not a column on contact: rows written before this schema keep their digests.

CREATE TABLE contact_void (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL UNIQUE REFERENCES contact(id),
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    voided_at   INTEGER NOT NULL
) STRICT;
