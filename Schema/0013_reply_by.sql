-- Recourse journal, schema 13: the date the user asked the firm to answer by (`escalate --to company
-- --reply-by`), kept with the complaint where no known rule gives the firm a deadline. NULL when
-- none was asked; row digests leave a NULL value of this column out, so rows written before this
-- schema keep their digests and `verify` still passes on old journals.

ALTER TABLE submission ADD COLUMN reply_due_at INTEGER;
