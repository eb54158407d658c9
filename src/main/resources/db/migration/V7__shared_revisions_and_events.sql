-- One Envers revision entity for every audited entity (who, when, what the change was), with the wiki's own
-- data of a revision (page, minor, size, patrolled) in a table of its own; the portal's automatic summaries
-- stored as phrases (key and arguments, translated when shown) instead of Danish text; and Spring Modulith's
-- event publication registry, so events between modules survive a failing listener and a restart.
RENAME TABLE wiki_revision TO revision;

CREATE TABLE wiki_revision_meta (
    revision_id  BIGINT  NOT NULL,
    page_id      BIGINT  NOT NULL,
    minor        BOOLEAN NOT NULL DEFAULT FALSE,
    page_size    INT     NOT NULL,
    patrolled_by BIGINT  NULL,
    PRIMARY KEY (revision_id),
    INDEX ix_wiki_revision_meta_page (page_id, revision_id),
    CONSTRAINT fk_wiki_revision_meta_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT fk_wiki_revision_meta_page FOREIGN KEY (page_id) REFERENCES wiki_page (id),
    CONSTRAINT fk_wiki_revision_meta_patroller FOREIGN KEY (patrolled_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

INSERT INTO wiki_revision_meta (revision_id, page_id, minor, page_size, patrolled_by)
SELECT id, page_id, minor, COALESCE(page_size, 0), patrolled_by FROM revision WHERE page_id IS NOT NULL;

ALTER TABLE revision
    DROP FOREIGN KEY fk_wiki_revision_patroller,
    DROP FOREIGN KEY fk_wiki_revision_person,
    DROP INDEX ix_wiki_revision_page;
ALTER TABLE revision
    DROP COLUMN page_id,
    DROP COLUMN minor,
    DROP COLUMN page_size,
    DROP COLUMN patrolled_by,
    ADD COLUMN by_system BOOLEAN NOT NULL DEFAULT FALSE AFTER person_id,
    ADD COLUMN summary_phrase VARCHAR(4000) NULL AFTER summary,
    RENAME INDEX ix_wiki_revision_person TO ix_revision_person,
    RENAME INDEX ix_wiki_revision_time TO ix_revision_time;
ALTER TABLE revision ADD CONSTRAINT fk_revision_person FOREIGN KEY (person_id) REFERENCES person (id);

-- The automatic summaries the wiki wrote in Danish, as phrases.
UPDATE revision
SET summary_phrase = JSON_OBJECT('k', 'wiki.summary.restored',
        'a', JSON_ARRAY(CAST(REGEXP_REPLACE(summary, '^Gendannet fra ændring ([0-9]+)$', '\\1') AS UNSIGNED))),
    summary = NULL
WHERE summary REGEXP '^Gendannet fra ændring [0-9]+$';

UPDATE revision
SET summary_phrase = JSON_OBJECT('k', 'wiki.summary.rolled-back',
        'a', JSON_ARRAY(CAST(REGEXP_REPLACE(summary, '^Tilbageført til ændring ([0-9]+)$', '\\1') AS UNSIGNED))),
    summary = NULL
WHERE summary REGEXP '^Tilbageført til ændring [0-9]+$';

-- A move wrote "Flyttet fra A til B[: reason]" on the moved page (titled B at that revision) and on the
-- redirect it left (titled A, pointing to B); the titles are read from the audited page, not guessed from text.
UPDATE revision r JOIN wiki_page_aud a ON a.rev = r.id
SET r.summary_phrase = JSON_OBJECT('k', 'wiki.summary.moved', 'a', JSON_ARRAY(a.title,
        REGEXP_REPLACE(a.content, '^#OMDIRIGER \\[\\[(.*)\\]\\]$', '\\1'),
        SUBSTRING(r.summary, CHAR_LENGTH(CONCAT('Flyttet fra ', a.title, ' til ',
            REGEXP_REPLACE(a.content, '^#OMDIRIGER \\[\\[(.*)\\]\\]$', '\\1'), ': ')) + 1))),
    r.summary = NULL
WHERE r.summary LIKE CONCAT('Flyttet fra ', a.title, ' til %') AND a.content LIKE '#OMDIRIGER [[%';

UPDATE revision r JOIN wiki_page_aud a ON a.rev = r.id
SET r.summary_phrase = JSON_OBJECT('k', 'wiki.summary.moved', 'a', JSON_ARRAY(
        SUBSTRING(r.summary, 13, LOCATE(CONCAT(' til ', a.title), r.summary) - 13),
        a.title,
        SUBSTRING(r.summary, LOCATE(CONCAT(' til ', a.title), r.summary) + CHAR_LENGTH(a.title) + 7))),
    r.summary = NULL
WHERE r.summary LIKE CONCAT('Flyttet fra % til ', a.title)
   OR r.summary LIKE CONCAT('Flyttet fra % til ', a.title, ': %');

UPDATE revision
SET summary_phrase = JSON_SET(summary_phrase, '$.k', 'wiki.summary.moved-because')
WHERE JSON_VALUE(summary_phrase, '$.k') = 'wiki.summary.moved' AND JSON_VALUE(summary_phrase, '$.a[2]') <> '';

CREATE TABLE event_publication (
    id                     UUID          NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       LONGTEXT      NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    last_resubmission_date DATETIME(6)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 VARCHAR(20)   NULL,
    PRIMARY KEY (id),
    INDEX ix_event_publication_incomplete (completion_date, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
