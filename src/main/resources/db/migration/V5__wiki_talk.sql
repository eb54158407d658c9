-- Talk pages: named comments on a wiki page, with replies (parent_id); staff may hide a comment, with a
-- reason, and the hiding is in the wiki log.
CREATE TABLE wiki_talk_comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    page_id       BIGINT       NOT NULL,
    parent_id     BIGINT       NULL,
    person_id     BIGINT       NULL,
    body          LONGTEXT     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    hidden_at     DATETIME(6)  NULL,
    hidden_by     BIGINT       NULL,
    hidden_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_wiki_talk_page (page_id, id),
    INDEX ix_wiki_talk_person (person_id),
    CONSTRAINT fk_wiki_talk_page FOREIGN KEY (page_id) REFERENCES wiki_page (id),
    CONSTRAINT fk_wiki_talk_parent FOREIGN KEY (parent_id) REFERENCES wiki_talk_comment (id),
    CONSTRAINT fk_wiki_talk_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_wiki_talk_hider FOREIGN KEY (hidden_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
