-- Recourse journal, schema 1: the core data model.
-- Times are INTEGER Unix seconds (UTC instants); the IANA zone the user lived them in is kept
-- beside them. Enumerations are CHECK-constrained; every table is STRICT; every record has an
-- integer id (short, for typing) and a uuid (stable across export, import and merges).

CREATE TABLE organization (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key      TEXT    NOT NULL UNIQUE,   -- normalised name for matching (NFKC, case-folded)
    kind          TEXT    NOT NULL DEFAULT 'other'
                  CHECK (kind IN ('bank','wallet','payment','insurer','telecom','shop','utility',
                                  'transport','government','other')),
    jurisdiction  TEXT    CHECK (jurisdiction IS NULL OR length(jurisdiction) BETWEEN 2 AND 6),
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE organization_alias (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    alias            TEXT    NOT NULL CHECK (length(trim(alias)) > 0),
    alias_key        TEXT    NOT NULL UNIQUE
) STRICT;
CREATE INDEX organization_alias_org ON organization_alias(organization_id);

-- Known-genuine contact points, so a user can tell the real hotline from a scam number.
CREATE TABLE official_channel (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    kind             TEXT    NOT NULL
                     CHECK (kind IN ('phone','email','web','app','wechat','weibo','letter','visit','chat','sms','other')),
    address          TEXT    NOT NULL CHECK (length(address) > 0),
    source           TEXT,
    verified_at      INTEGER,
    UNIQUE (organization_id, kind, address)
) STRICT;

CREATE TABLE case_file (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    title            TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    category         TEXT    NOT NULL DEFAULT 'other'
                     CHECK (category IN ('network','app','account','transaction','fraud','billing',
                                         'service','delivery','other')),
    status           TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
    opened_at        INTEGER NOT NULL,
    closed_at        INTEGER,
    zone             TEXT    NOT NULL,
    desired_outcome  TEXT,
    amount_minor     INTEGER,                -- disputed amount in minor units (fen, pence, cents)
    currency         TEXT    CHECK (currency IS NULL OR length(currency) = 3),
    account_ref      TEXT,
    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
) STRICT;
CREATE INDEX case_file_org_status ON case_file(organization_id, status);

CREATE TABLE contact (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    case_id           INTEGER NOT NULL REFERENCES case_file(id),
    occurred_at       INTEGER NOT NULL,
    recorded_at       INTEGER NOT NULL,
    zone              TEXT    NOT NULL,
    channel           TEXT    NOT NULL
                      CHECK (channel IN ('phone','chat','app','web','email','wechat','weibo','letter','visit','sms','other')),
    direction         TEXT    NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound','inbound')),
    address           TEXT,                  -- the number, e-mail or account actually used
    agent             TEXT,
    reference         TEXT,                  -- the reference / ticket number they gave
    duration_seconds  INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
    summary           TEXT,
    advice            TEXT,
    outcome           TEXT
) STRICT;
CREATE INDEX contact_case_time ON contact(case_id, occurred_at);

CREATE TABLE promise (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    contact_id    INTEGER NOT NULL REFERENCES contact(id),
    text          TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    due_at        INTEGER NOT NULL,
    due_words     TEXT    NOT NULL,          -- the due time exactly as typed ("三个工作日内")
    status        TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending','kept','broken','superseded','cancelled')),
    resolved_at   INTEGER,
    note          TEXT,
    supersedes_id INTEGER UNIQUE REFERENCES promise(id),  -- the promise this one extended
    CHECK ((status = 'pending') = (resolved_at IS NULL))
) STRICT;
CREATE INDEX promise_contact ON promise(contact_id);
CREATE INDEX promise_pending_due ON promise(due_at) WHERE status = 'pending';

CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    contact_id     INTEGER NOT NULL REFERENCES contact(id),
    sha256         TEXT    NOT NULL CHECK (length(sha256) = 64),
    size           INTEGER NOT NULL CHECK (size >= 0),
    media_type     TEXT    NOT NULL,
    original_name  TEXT    NOT NULL,
    stored_path    TEXT    NOT NULL,         -- relative to the journal's folder
    added_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX attachment_contact ON attachment(contact_id);

-- Append-only history of every change. Each row's hash covers its content and the previous
-- row's hash, so an edit, insertion or deletion made behind Recourse's back is detectable.
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    at         INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    entity     TEXT    NOT NULL
               CHECK (entity IN ('organization','case','contact','promise','attachment','escalation')),
    entity_id  INTEGER NOT NULL,
    case_id    INTEGER REFERENCES case_file(id),
    payload    TEXT    NOT NULL CHECK (json_valid(payload)),
    prev_hash  TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash       TEXT    NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX event_case ON event(case_id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END;
