-- Sync through a shared folder (issue 14): the change files from other devices that were applied
-- here. (This journal's device id and name are in `device`, schema 7.) Bookkeeping, not the user's records: the records and
-- history events a change file carries are written by the import, under the hash chain.

-- One row per change file applied, keyed by the file's SHA-256: the same file found again (in the
-- same folder or another) is never applied twice, and a file replaced by other bytes is new.
CREATE TABLE sync_applied (
    device     TEXT    NOT NULL CHECK (length(device) = 36),
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    lines      INTEGER NOT NULL CHECK (lines >= 0),
    applied_at INTEGER NOT NULL,
    PRIMARY KEY (device, sha256)
) STRICT;
