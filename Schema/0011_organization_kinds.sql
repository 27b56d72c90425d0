-- Recourse journal, schema 11 (issue 19): organization kinds grow to what the escalation routes
-- need. Since June 2024 a Chinese broker goes to the CSRC (12386), a credit bureau to the PBOC
-- (12363), an operator to MIIT (12300); in the UK an energy supplier and a broadband provider have
-- their own ombudsmen. Only the CHECK constraint's list of allowed kinds widens, so no row changes
-- and no digest moves: the constraint text is edited in place (SQLite's documented procedure for
-- loosening a CHECK constraint) instead of rebuilding a table that other tables reference.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''transport'',''government'',''other'')',
                     '''transport'',''government'',''other'',''securities'',''fund'',''futures'',''credit_reporting'',''broadband'',''energy'',''platform'')')
 WHERE type = 'table' AND name = 'organization';
-- RESET turns writing off and makes this connection read the schema again, so the same
-- transaction (a new journal runs every migration in one) already sees the wider constraint.
PRAGMA writable_schema = RESET;
