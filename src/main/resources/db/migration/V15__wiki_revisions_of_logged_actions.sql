-- A move (and the redirect it leaves) and an undeletion write a revision of their own, as MediaWiki's null
-- revisions, so a page's history shows them; recent changes shows the log's line for them instead, once.
ALTER TABLE wiki_revision_meta ADD COLUMN logged_action BOOLEAN NOT NULL DEFAULT FALSE AFTER minor;

UPDATE wiki_revision_meta m JOIN revision r ON r.id = m.revision_id
SET m.logged_action = TRUE
WHERE JSON_VALUE(r.summary_phrase, '$.k') IN ('wiki.summary.moved', 'wiki.summary.moved-because',
                                              'wiki.summary.undeleted');
