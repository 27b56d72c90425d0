-- Recourse journal, schema 2: full-text search over contacts and promises.
-- The trigram tokenizer finds Chinese substrings ("退款" inside "申请退款失败") that word
-- tokenizers miss; it needs three characters, so shorter queries fall back to LIKE.

CREATE VIRTUAL TABLE contact_search USING fts5(
    summary, advice, outcome, agent, reference,
    content = 'contact', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO contact_search(contact_search) VALUES ('rebuild');

CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_search(rowid, summary, advice, outcome, agent, reference)
    VALUES (new.id, new.summary, new.advice, new.outcome, new.agent, new.reference);
END;
CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN
    INSERT INTO contact_search(contact_search, rowid, summary, advice, outcome, agent, reference)
    VALUES ('delete', old.id, old.summary, old.advice, old.outcome, old.agent, old.reference);
END;
CREATE TRIGGER contact_search_update AFTER UPDATE ON contact BEGIN
    INSERT INTO contact_search(contact_search, rowid, summary, advice, outcome, agent, reference)
    VALUES ('delete', old.id, old.summary, old.advice, old.outcome, old.agent, old.reference);
    INSERT INTO contact_search(rowid, summary, advice, outcome, agent, reference)
    VALUES (new.id, new.summary, new.advice, new.outcome, new.agent, new.reference);
END;
