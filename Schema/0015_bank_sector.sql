-- Recourse journal, schema 15 (issue 19): the German banking group of an organization (`org edit
-- --sector`). Each group runs its own recognised dispute scheme (private banks: Ombudsmann der
-- privaten Banken; public banks: VÖB; savings banks: the Sparkassen schemes; cooperative banks: BVR),
-- and a bank in none of them ('none') goes to the Bundesbank's Schlichtungsstelle, so the router needs
-- it to name the right body. NULL when not set (the router then reads an unambiguous name); row
-- digests leave a NULL value of this column out, so rows written before this schema keep their
-- digests and `verify` still passes on old journals.

ALTER TABLE organization ADD COLUMN sector TEXT
    CHECK (sector IS NULL OR sector IN ('private', 'public', 'savings', 'cooperative', 'none'));
