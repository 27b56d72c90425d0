-- Recourse journal, schema 9: a contact can be marked as an impersonation.
-- The caller claimed to be the organization the contact is logged under and was not (`log
-- --impersonation`, `correct CONTACT --impersonation`, or the offer `log` makes when red flags
-- fire). Kept as a third kind of contact_flag, 'impersonation', whose message names who was
-- impersonated. A case holding one is a fraud case: the impersonated firm is a third party, and
-- the drafts that would address it as the wrongdoer refuse and point to `draft police`/`draft bank`.
-- SQLite cannot change a CHECK in place: the table is rebuilt with the same columns in the same
-- order, so every stored row keeps its digest (`verify` still passes).

CREATE TABLE contact_flag_v9 (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('channel','red_flags','impersonation')),
    message     TEXT    NOT NULL CHECK (length(message) > 0),
    flagged_at  INTEGER NOT NULL
) STRICT;
INSERT INTO contact_flag_v9 (id, contact_id, kind, message, flagged_at)
    SELECT id, contact_id, kind, message, flagged_at FROM contact_flag;
DROP TABLE contact_flag;
ALTER TABLE contact_flag_v9 RENAME TO contact_flag;
CREATE INDEX contact_flag_contact ON contact_flag(contact_id);
