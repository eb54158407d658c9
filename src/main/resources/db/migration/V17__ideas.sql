-- A storm's themes (staff group ideas under them; where a storm has themes, every idea names one), in order.
CREATE TABLE storm_theme (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    storm_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_storm_theme_storm (storm_id, position),
    CONSTRAINT fk_storm_theme_storm FOREIGN KEY (storm_id) REFERENCES storm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- Ideas in a storm. Title, description and theme are audited (idea_aud); status grows with the evaluation slice.
-- Hidden by moderation like talk comments (hidden_at, by whom — null: the portal after reports — and the reason).
-- The list index serves a storm's visible ideas newest first and counts them without reading the texts.
CREATE TABLE idea (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    storm_id      BIGINT       NOT NULL,
    theme_id      BIGINT       NULL,
    title         VARCHAR(150) NOT NULL,
    description   LONGTEXT     NOT NULL,
    author_id     BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    status        VARCHAR(30)  NOT NULL,
    hidden_at     DATETIME(6)  NULL,
    hidden_by     BIGINT       NULL,
    hidden_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_idea_storm_list (storm_id, hidden_at, created_at),
    INDEX ix_idea_theme (theme_id),
    INDEX ix_idea_author (author_id),
    CONSTRAINT fk_idea_storm FOREIGN KEY (storm_id) REFERENCES storm (id),
    CONSTRAINT fk_idea_theme FOREIGN KEY (theme_id) REFERENCES storm_theme (id),
    CONSTRAINT fk_idea_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_idea_hidden_by FOREIGN KEY (hidden_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE idea_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL,
    revtype     TINYINT      NULL,
    title       VARCHAR(150) NULL,
    description LONGTEXT     NULL,
    theme_id    BIGINT       NULL,
    PRIMARY KEY (id, rev),
    INDEX ix_idea_aud_rev (rev),
    CONSTRAINT fk_idea_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
