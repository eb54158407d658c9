-- V10 turned a move's Danish summary in a notice into a phrase only when the page still had the title it was moved
-- to; a page moved again kept the Danish text, which English readers then saw. A notice of an edit tells of one
-- revision, whose automatic summary has been a phrase since V7: the notice takes that phrase.
UPDATE notification_notice n JOIN revision r ON r.id = n.detail_id
SET n.summary_phrase = r.summary_phrase,
    n.summary = NULL
WHERE n.subject_type = 'wiki.page' AND n.kind = 'EDIT' AND n.summary IS NOT NULL AND r.summary_phrase IS NOT NULL;
