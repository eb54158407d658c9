-- The cases the landscape moved from a merged duplicate organisation to the organisation kept (decision 013), so that
-- undoing the merge moves exactly those back. One row per case and merge while the merge stands; the row goes when
-- the merge is undone. A case moved on by a later merge of the kept organisation has a row for each step, undone in
-- the reverse order (an undo is refused while the kept organisation is itself merged).
CREATE TABLE landscape_case_organisation_move (
    case_id   BIGINT NOT NULL,
    merged_id BIGINT NOT NULL,
    kept_id   BIGINT NOT NULL,
    PRIMARY KEY (case_id, merged_id),
    INDEX ix_landscape_case_organisation_move (merged_id, kept_id),
    CONSTRAINT fk_landscape_case_organisation_move_case FOREIGN KEY (case_id) REFERENCES landscape_case (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A published case its editors changed since staff last looked at it (decision 014, as MediaWiki's patrol): when the
-- first such change was saved; null when staff have seen every change (staff's own changes count as seen). Not
-- audited: restoring an old version does not make staff's look undone.
ALTER TABLE landscape_case
    ADD COLUMN unchecked_since DATETIME(6) NULL AFTER confirmed_at,
    ADD INDEX ix_landscape_case_unchecked (unchecked_since);
