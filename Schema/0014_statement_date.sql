-- Recourse journal, schema 14: the date of the first statement that showed the error (`case edit
-- --statement-date`), which starts the consumer's notice window under Regulation E and fills the
-- us.rege notice. NULL when not given; row digests leave a NULL value of this column out, so rows
-- written before this schema keep their digests and `verify` still passes on old journals.

ALTER TABLE case_fact ADD COLUMN statement_at INTEGER;
