-- Recourse journal, schema 4: complaints and submissions the user made.
-- One row per formal complaint to the company or submission to a regulator, ombudsman or ADR
-- body (`body` is a body profile id such as company, cn.nfra, uk.fos). Its time starts the clocks.

CREATE TABLE submission (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE CHECK (length(uuid) = 36),
    case_id       INTEGER NOT NULL REFERENCES case_file(id),
    body          TEXT    NOT NULL CHECK (length(body) > 0),
    submitted_at  INTEGER NOT NULL,
    reference     TEXT,
    note          TEXT,
    status        TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open','responded','closed')),
    responded_at  INTEGER,
    outcome       TEXT,
    CHECK ((status = 'open') = (responded_at IS NULL AND outcome IS NULL) OR status = 'closed')
) STRICT;
CREATE INDEX submission_case ON submission(case_id);
CREATE INDEX submission_open ON submission(status) WHERE status != 'closed';
