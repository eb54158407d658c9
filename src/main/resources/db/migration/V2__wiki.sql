-- Wiki pages, their revisions (Envers revision entity with the editor, summary and minor flag) and the
-- audited page states.
CREATE TABLE wiki_page (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    title      VARCHAR(255) NOT NULL,
    content    LONGTEXT     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_wiki_page_title UNIQUE (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_revision (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    created_at BIGINT       NOT NULL,
    person_id  BIGINT       NULL,
    summary    VARCHAR(500) NULL,
    minor      BOOLEAN      NOT NULL DEFAULT FALSE,
    page_id    BIGINT       NULL,
    page_size  INT          NULL,
    PRIMARY KEY (id),
    INDEX ix_wiki_revision_page (page_id, id),
    INDEX ix_wiki_revision_person (person_id, id),
    CONSTRAINT fk_wiki_revision_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_page_aud (
    id      BIGINT       NOT NULL,
    rev     BIGINT       NOT NULL,
    revtype TINYINT      NULL,
    title   VARCHAR(255) NULL,
    content LONGTEXT     NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_wiki_page_aud_revision FOREIGN KEY (rev) REFERENCES wiki_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
