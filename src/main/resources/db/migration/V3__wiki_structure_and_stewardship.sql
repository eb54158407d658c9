-- Links and categories extracted from each page's current text ("what links here", category pages),
-- page stewardship (protection, staff review, soft deletion), the public wiki log, edits waiting for
-- review, and patrolling of revisions.
CREATE TABLE wiki_link (
    page_id      BIGINT       NOT NULL,
    target_title VARCHAR(255) NOT NULL,
    PRIMARY KEY (page_id, target_title),
    INDEX ix_wiki_link_target (target_title),
    CONSTRAINT fk_wiki_link_page FOREIGN KEY (page_id) REFERENCES wiki_page (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_category (
    page_id  BIGINT       NOT NULL,
    category VARCHAR(255) NOT NULL,
    PRIMARY KEY (page_id, category),
    INDEX ix_wiki_category_name (category),
    CONSTRAINT fk_wiki_category_page FOREIGN KEY (page_id) REFERENCES wiki_page (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

ALTER TABLE wiki_page
    ADD COLUMN protection      VARCHAR(20) NOT NULL DEFAULT 'NONE',
    ADD COLUMN review_required BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN deleted_at      DATETIME(6) NULL;

ALTER TABLE wiki_revision
    ADD COLUMN patrolled_by BIGINT NULL,
    ADD INDEX ix_wiki_revision_time (created_at),
    ADD CONSTRAINT fk_wiki_revision_patroller FOREIGN KEY (patrolled_by) REFERENCES person (id);

CREATE TABLE wiki_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    created_at DATETIME(6)  NOT NULL,
    person_id  BIGINT       NULL,
    action     VARCHAR(20)  NOT NULL,
    page_id    BIGINT       NOT NULL,
    title      VARCHAR(255) NOT NULL,
    detail     VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_wiki_log_page (page_id, id),
    CONSTRAINT fk_wiki_log_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_wiki_log_page FOREIGN KEY (page_id) REFERENCES wiki_page (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_pending_edit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    page_id      BIGINT       NOT NULL,
    base_version BIGINT       NOT NULL,
    person_id    BIGINT       NULL,
    content      LONGTEXT     NOT NULL,
    summary      VARCHAR(500) NULL,
    minor        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    reviewed_by  BIGINT       NULL,
    reviewed_at  DATETIME(6)  NULL,
    review_note  VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_wiki_pending_status (status, id),
    INDEX ix_wiki_pending_page (page_id, status),
    CONSTRAINT fk_wiki_pending_page FOREIGN KEY (page_id) REFERENCES wiki_page (id),
    CONSTRAINT fk_wiki_pending_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_wiki_pending_reviewer FOREIGN KEY (reviewed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
