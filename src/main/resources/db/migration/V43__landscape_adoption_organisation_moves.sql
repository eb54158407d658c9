-- The adoptions spreading moved from a merged duplicate organisation to the organisation kept (decision 013), so that
-- undoing the merge moves exactly those back, as landscape_case_organisation_move does for cases.
CREATE TABLE landscape_adoption_organisation_move (
    adoption_id BIGINT NOT NULL,
    merged_id   BIGINT NOT NULL,
    kept_id     BIGINT NOT NULL,
    PRIMARY KEY (adoption_id, merged_id),
    INDEX ix_landscape_adoption_organisation_move (merged_id, kept_id),
    CONSTRAINT fk_landscape_adoption_organisation_move FOREIGN KEY (adoption_id) REFERENCES landscape_adoption (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
