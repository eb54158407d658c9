-- What a merge of organisations changed, so that staff can undo it for a while (issue 13's trial: a merge had no
-- undo). One row per merge:
--   merged_id / kept_id  the duplicate and the organisation kept
--   moved_units          the ids of the duplicate's units moved under the kept one (comma-separated; '' for none)
--   repointed            the ids of earlier duplicates that pointed to the duplicate and were pointed on (same form)
--   undone_at/undone_by  when and by whom the merge was undone (null while it stands)
-- The modules that re-pointed their own rows on OrganisationsMerged are not recorded here: an undo leaves those rows
-- at the organisation kept.
CREATE TABLE organisation_merge (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    merged_id   BIGINT       NOT NULL,
    kept_id     BIGINT       NOT NULL,
    merged_at   DATETIME(6)  NOT NULL,
    merged_by   BIGINT       NOT NULL,
    moved_units LONGTEXT     NOT NULL,
    repointed   LONGTEXT     NOT NULL,
    undone_at   DATETIME(6)  NULL,
    undone_by   BIGINT       NULL,
    PRIMARY KEY (id),
    INDEX ix_organisation_merge_merged (merged_id),
    INDEX ix_organisation_merge_kept (kept_id, merged_at),
    CONSTRAINT fk_organisation_merge_merged FOREIGN KEY (merged_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_merge_kept FOREIGN KEY (kept_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_merge_by FOREIGN KEY (merged_by) REFERENCES person (id),
    CONSTRAINT fk_organisation_merge_undone_by FOREIGN KEY (undone_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
