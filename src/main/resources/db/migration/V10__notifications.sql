-- Following, notices and notice mail leave the wiki for the notification module, which serves every module:
-- a follow and a notice are about a subject (a type such as 'wiki.page' and an id), and a person's mail
-- settings are theirs, not the wiki's. The wiki's rows move over unchanged, then the wiki's tables go.
CREATE TABLE notification_follow (
    person_id    BIGINT      NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NULL,
    PRIMARY KEY (person_id, subject_type, subject_id),
    INDEX ix_notification_follow_subject (subject_type, subject_id),
    CONSTRAINT fk_notification_follow_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE notification_settings (
    person_id BIGINT      NOT NULL,
    mail_mode VARCHAR(20) NOT NULL,
    language  VARCHAR(8)  NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_notification_settings_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- kind is the owning module's word for what happened (EDIT, COMMENT, ...); detail_id what the notice points at
-- (a revision, a comment); summary the actor's own words (an edit summary, the start of a comment), or
-- summary_phrase the portal's own description of the change (a key and arguments, translated when shown).
CREATE TABLE notification_notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    person_id    BIGINT       NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    detail_id    BIGINT       NULL,
    actor_id     BIGINT       NULL,
    summary      VARCHAR(500) NULL,
    summary_phrase VARCHAR(1000) NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    mail_state   VARCHAR(20)  NOT NULL,
    mailed_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_notice_person (person_id, read_at, id),
    INDEX ix_notification_notice_subject (person_id, subject_type, subject_id, read_at),
    INDEX ix_notification_notice_detail (subject_type, kind, detail_id),
    INDEX ix_notification_notice_mail (mail_state, id),
    CONSTRAINT fk_notification_notice_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_notification_notice_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

INSERT INTO notification_follow (person_id, subject_type, subject_id, created_at, expires_at)
SELECT person_id, 'wiki.page', page_id, created_at, expires_at FROM wiki_watch;

INSERT INTO notification_settings (person_id, mail_mode, language)
SELECT person_id, mail_mode, language FROM wiki_watch_settings;

INSERT INTO notification_notice (id, person_id, subject_type, subject_id, kind, detail_id, actor_id, summary,
                                 created_at, read_at, mail_state, mailed_at)
SELECT id, person_id, 'wiki.page', page_id, kind, COALESCE(comment_id, revision), actor_id, summary,
       created_at, read_at, mail_state, mailed_at
FROM wiki_notice;

-- The wiki wrote its automatic summaries into notices in Danish; they become the phrases its revisions use.
UPDATE notification_notice
SET summary_phrase = JSON_OBJECT('k', 'wiki.summary.rolled-back',
        'a', JSON_ARRAY(CAST(REGEXP_REPLACE(summary, '^Tilbageført til ændring ([0-9]+)$', '\\1') AS UNSIGNED))),
    summary = NULL
WHERE summary REGEXP '^Tilbageført til ændring [0-9]+$';

UPDATE notification_notice n JOIN wiki_page p ON p.id = n.subject_id
SET n.summary_phrase = JSON_OBJECT('k', 'wiki.summary.moved', 'a', JSON_ARRAY(
        SUBSTRING(n.summary, 13, CHAR_LENGTH(n.summary) - 12 - CHAR_LENGTH(p.title) - 5), p.title)),
    n.summary = NULL
WHERE n.subject_type = 'wiki.page' AND n.summary LIKE CONCAT('Flyttet fra % til ', p.title);

DROP TABLE wiki_notice;
DROP TABLE wiki_watch_settings;
DROP TABLE wiki_watch;
