-- Recourse journal, schema 6: the facts a call or a complaint needs about the transaction.
-- Set with `case edit --transaction-at/--counterparty/--device`; `show`, `prep` and drafts use them.
-- The money at stake stays on case_file (amount_minor, currency). One row per case at most, its id
-- the case's. A separate table, not columns on case_file: rows written before this schema keep
-- their digests, so `verify` still passes on old journals.

CREATE TABLE case_fact (
    id              INTEGER PRIMARY KEY REFERENCES case_file(id),
    transaction_at  INTEGER,
    counterparty    TEXT,
    device          TEXT
) STRICT;
