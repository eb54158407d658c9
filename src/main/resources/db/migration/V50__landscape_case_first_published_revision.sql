-- The revision holding the version of a case staff first published: readers who may not read its drafts read its
-- history from there, for its earlier versions are drafts with text staff may have had removed in review. Cases
-- published before get the last revision saved by their first publication (the newest when none was).
ALTER TABLE landscape_case ADD COLUMN first_published_revision BIGINT NULL;

UPDATE landscape_case c SET first_published_revision = COALESCE(
    (SELECT MAX(a.rev) FROM landscape_case_aud a JOIN revision r ON r.id = a.rev
     WHERE a.id = c.id AND r.created_at <= UNIX_TIMESTAMP(c.published_at) * 1000),
    (SELECT MAX(a.rev) FROM landscape_case_aud a WHERE a.id = c.id))
WHERE c.published_at IS NOT NULL;
