-- Moderation across modules: reports on any piece of content (a subject: its type such as wiki.comment and its
-- id), at most one per person and subject, open until staff decide; and the one moderation log of every
-- decision (hide, restore, dismiss, auto-hide), stored as its kind and arguments and translated when shown.
CREATE TABLE moderation_report (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    category     VARCHAR(30)  NOT NULL,
    reason       VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    resolved_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_moderation_report_once UNIQUE (subject_type, subject_id, person_id),
    INDEX ix_moderation_report_open (resolved_at, id),
    INDEX ix_moderation_report_person (person_id),
    CONSTRAINT fk_moderation_report_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE moderation_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    created_at   DATETIME(6)   NOT NULL,
    person_id    BIGINT        NULL,
    action       VARCHAR(30)   NOT NULL,
    subject_type VARCHAR(60)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    title        VARCHAR(1000) NULL,
    facts        VARCHAR(1000) NULL,
    reason       VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    INDEX ix_moderation_log_subject (subject_type, subject_id, id),
    INDEX ix_moderation_log_person (person_id),
    CONSTRAINT fk_moderation_log_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
