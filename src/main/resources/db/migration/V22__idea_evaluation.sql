-- A storm's evaluation rubric: criteria with weights (1-10), in order, published with the results. The rubric is
-- replaced as a whole by staff (rubric_version refuses an edit made from an older rubric) until the first score.
ALTER TABLE storm ADD COLUMN rubric_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE storm_criterion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    storm_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    weight      INT          NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_storm_criterion_storm (storm_id, position),
    CONSTRAINT fk_storm_criterion_storm FOREIGN KEY (storm_id) REFERENCES storm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- One staff member's score (1-5) of one idea on one criterion; the key keeps it one, and its foreign key keeps a
-- scored criterion from being removed. Staff work data: in the scorer's GDPR export.
CREATE TABLE idea_score (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    idea_id      BIGINT      NOT NULL,
    criterion_id BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    score        INT         NOT NULL,
    scored_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_idea_score (idea_id, criterion_id, person_id),
    INDEX ix_idea_score_criterion (criterion_id),
    INDEX ix_idea_score_person (person_id),
    CONSTRAINT fk_idea_score_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_score_criterion FOREIGN KEY (criterion_id) REFERENCES storm_criterion (id),
    CONSTRAINT fk_idea_score_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- The public answer to an idea (Markdown, audited: every answer and edit is a named revision in idea_aud), who
-- wrote its latest words and when, and the follow-up note of an idea carried on.
ALTER TABLE idea
    ADD COLUMN answer         LONGTEXT      NULL,
    ADD COLUMN answered_by    BIGINT        NULL,
    ADD COLUMN answered_at    DATETIME(6)   NULL,
    ADD COLUMN follow_up_note VARCHAR(1000) NULL,
    ADD CONSTRAINT fk_idea_answered_by FOREIGN KEY (answered_by) REFERENCES person (id);

ALTER TABLE idea_aud ADD COLUMN answer LONGTEXT NULL;
