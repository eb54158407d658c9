-- The wiki log becomes a filtered view of the one moderation log. A line's kind is named by the module that wrote
-- it ('wiki.move', 'moderation.hide'), so that every module logs its own kinds of decision in one place.
ALTER TABLE moderation_log CHANGE action kind VARCHAR(60) NOT NULL;
UPDATE moderation_log SET kind = CONCAT('moderation.', LOWER(REPLACE(kind, '_', '-')));
ALTER TABLE moderation_log ADD INDEX ix_moderation_log_time (created_at, id);

-- Every wiki log line moves in its order, about its page, with the page's title then as a phrase whose argument is
-- the title. Hiding and showing a talk comment has been moderation's decision since V11, logged twice: the wiki's
-- copy of such a line (same person, same transaction) is left out; older ones keep their wiki kind.
INSERT INTO moderation_log (created_at, person_id, kind, subject_type, subject_id, title, facts, reason)
SELECT w.created_at, w.person_id, CONCAT('wiki.', LOWER(REPLACE(w.action, '_', '-'))), 'wiki.page', w.page_id,
       JSON_OBJECT('k', 'wiki.log.page', 'a', JSON_ARRAY(w.title)), w.facts, w.reason
FROM wiki_log w
WHERE NOT (w.action IN ('HIDE_COMMENT', 'SHOW_COMMENT') AND EXISTS (
          SELECT 1 FROM moderation_log m JOIN wiki_talk_comment c ON c.id = m.subject_id AND c.page_id = w.page_id
          WHERE m.subject_type = 'wiki.comment'
            AND m.kind = IF(w.action = 'HIDE_COMMENT', 'moderation.hide', 'moderation.restore')
            AND m.person_id = w.person_id
            AND m.created_at BETWEEN w.created_at - INTERVAL 5 SECOND AND w.created_at + INTERVAL 5 SECOND))
ORDER BY w.id;

DROP TABLE wiki_log;
