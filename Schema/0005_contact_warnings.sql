-- Recourse journal, schema 5: warnings kept on the contact they were raised for.
-- `log` checks a contact's number against the genuine channels of the organization named and its
-- words against the red-flag phrases; what it warned about is kept here, so `show` and `agenda`
-- can still say it later. `kind` is 'channel' (not a genuine number or address of the
-- organization, or another institution's) or 'red_flags' (phrases scammers use); `message` is the
-- warning as the user saw it, in the interface language of the time.
-- A separate table, not a column on contact: rows written before this schema keep their digests.

CREATE TABLE contact_flag (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('channel','red_flags')),
    message     TEXT    NOT NULL CHECK (length(message) > 0),
    flagged_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX contact_flag_contact ON contact_flag(contact_id);
