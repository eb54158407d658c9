-- The wiki log kept what the portal said about an action as Danish text in one column with the person's reason
-- ("Flyttet fra A til B: reason", "STAFF+REVIEW: reason", "Tilbageført til ændring 2"), so English readers saw
-- Danish and protection levels showed as codes. Now the portal's part is a phrase (key and arguments, translated
-- when shown) in `facts`, and `reason` keeps only the person's own words.
ALTER TABLE wiki_log
    CHANGE COLUMN detail reason VARCHAR(500) NULL,
    ADD COLUMN facts VARCHAR(1000) NULL AFTER title;

-- Assignments run left to right, each seeing the columns as the previous ones left them: facts reads the old text.
UPDATE wiki_log
SET facts = JSON_OBJECT('k', 'wiki.summary.rolled-back',
        'a', JSON_ARRAY(CAST(REGEXP_REPLACE(reason, '^Tilbageført til ændring ([0-9]+)$', '\\1') AS UNSIGNED))),
    reason = NULL
WHERE action = 'ROLLBACK' AND reason REGEXP '^Tilbageført til ændring [0-9]+$';

-- A move's line carries the new title: "Flyttet fra <old> til <new>[: reason]".
UPDATE wiki_log
SET facts = JSON_OBJECT('k', 'wiki.summary.moved', 'a', JSON_ARRAY(
        SUBSTRING(reason, 13, LOCATE(CONCAT(' til ', title), reason) - 13), title)),
    reason = NULLIF(SUBSTRING(reason, LOCATE(CONCAT(' til ', title), reason) + CHAR_LENGTH(title) + 7), '')
WHERE action = 'MOVE'
  AND (reason LIKE CONCAT('Flyttet fra % til ', title) OR reason LIKE CONCAT('Flyttet fra % til ', title, ': %'));

-- Protection was "<LEVEL>[+REVIEW]: reason"; the redirect a move left had "Omdirigering til <page>" as its reason.
UPDATE wiki_log
SET facts = JSON_OBJECT('k', 'wiki.log.protection', 'a', JSON_ARRAY(
        JSON_OBJECT('k', CONCAT('wiki.protection.', LOWER(REGEXP_SUBSTR(reason, '^[A-Z]+'))), 'a', JSON_ARRAY()),
        JSON_OBJECT('k', IF(reason REGEXP '^[A-Z]+\\+REVIEW: ', 'wiki.log.reviewed', 'wiki.log.not-reviewed'),
            'a', JSON_ARRAY()))),
    reason = SUBSTRING(reason, LOCATE(': ', reason) + 2)
WHERE action = 'PROTECT' AND reason REGEXP '^(NONE|STAFF)(\\+REVIEW)?: ';

UPDATE wiki_log
SET facts = JSON_SET(JSON_ARRAY_APPEND(facts, '$.a', SUBSTRING(reason, 18)), '$.k', 'wiki.log.protection-of-redirect'),
    reason = NULL
WHERE action = 'PROTECT' AND JSON_VALUE(facts, '$.k') = 'wiki.log.protection' AND reason LIKE 'Omdirigering til %';
