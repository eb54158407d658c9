-- Named comments and replies on ideas, each top-level comment marked for / against / neutral (a reply answers a
-- comment and carries no stance: NULL). Hidden by moderation like ideas (hidden_at, by whom — null: the portal
-- after reports — and the reason). storm_id is the idea's, kept here so a storm's comments per day are counted on
-- one index without joining the ideas; the idea index serves a thread, a card's count and "most comments".
CREATE TABLE idea_comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    idea_id       BIGINT       NOT NULL,
    storm_id      BIGINT       NOT NULL,
    parent_id     BIGINT       NULL,
    author_id     BIGINT       NOT NULL,
    stance        VARCHAR(10)  NULL,
    body          LONGTEXT     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    hidden_at     DATETIME(6)  NULL,
    hidden_by     BIGINT       NULL,
    hidden_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_idea_comment_idea (idea_id, hidden_at),
    INDEX ix_idea_comment_storm_day (storm_id, hidden_at, created_at),
    INDEX ix_idea_comment_author (author_id),
    CONSTRAINT fk_idea_comment_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_comment_storm FOREIGN KEY (storm_id) REFERENCES storm (id),
    CONSTRAINT fk_idea_comment_parent FOREIGN KEY (parent_id) REFERENCES idea_comment (id),
    CONSTRAINT fk_idea_comment_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_idea_comment_hidden_by FOREIGN KEY (hidden_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
