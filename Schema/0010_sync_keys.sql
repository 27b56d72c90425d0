-- Signed change files (issue 21). This device's Ed25519 signing key, made at its first sync, and
-- the public key of every other device, pinned the first time one of its signed files is applied:
-- a later file signed by another key is held back until the user forgets the pin (`sync --forget`).
-- Bookkeeping for sync, like `sync_applied`: not the user's records, and never exported.
CREATE TABLE sync_signing_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB    NOT NULL CHECK (length(private_key) = 32),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE sync_peer_key (
    device     TEXT    PRIMARY KEY CHECK (length(device) = 36),
    public_key BLOB    NOT NULL CHECK (length(public_key) = 32),
    pinned_at  INTEGER NOT NULL
) STRICT;
