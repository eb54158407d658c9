-- Ideas carried on in an idea storm (ideastorm's IdeaCarriedOn), offered to COI staff as case drafts: one row per
-- idea (idea_id and storm_id refer to the ideastorm module, no foreign key into another module's table), case_id
-- set once staff have made the case draft from it, and then never again (unique, so once per idea and per case).
CREATE TABLE landscape_carried_on_idea (
    idea_id       BIGINT        NOT NULL,
    storm_id      BIGINT        NOT NULL,
    idea_title    VARCHAR(200)  NOT NULL,
    carried_on_at DATETIME(6)   NOT NULL,
    case_id       BIGINT        NULL,
    PRIMARY KEY (idea_id),
    UNIQUE KEY uk_landscape_carried_on_idea_case (case_id),
    CONSTRAINT fk_landscape_carried_on_idea_case FOREIGN KEY (case_id) REFERENCES landscape_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
