-- Pre-moderation (issue 12): a storm may have staff read new ideas before they are published.
ALTER TABLE storm ADD COLUMN pre_moderated BOOLEAN NOT NULL DEFAULT FALSE;

-- Content held back until staff approve it (moderation.PreModeratedContent): withheld like hidden content
-- (hidden_at set, so every "visible only" filter leaves it out) and marked as waiting rather than hidden.
ALTER TABLE idea ADD COLUMN awaiting_approval_since DATETIME(6) NULL;

-- What waits for staff's approval, across modules, oldest first in the moderation queue: a module registers its
-- held content here in the transaction that stores it; approving or rejecting removes the row.
CREATE TABLE moderation_approval (
    subject_type VARCHAR(60) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (subject_type, subject_id),
    INDEX ix_moderation_approval_waiting (submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- Merging duplicate ideas (staff): the merged idea points to the one kept and leaves lists, search and the similar
-- ideas; its votes count once on the kept idea. One level only: an idea others are merged into is not merged itself.
ALTER TABLE idea ADD COLUMN merged_into BIGINT NULL,
    ADD CONSTRAINT fk_idea_merged_into FOREIGN KEY (merged_into) REFERENCES idea (id);

-- What a merge did to each vote on the merged idea, so that undoing it restores every vote where it was: vote_id is
-- the vote row moved to the kept idea (moved back on undo, if the voter has not withdrawn it meanwhile); null when
-- the voter had voted for the kept idea too, so the vote was removed (given again with its time on undo).
CREATE TABLE idea_merged_vote (
    merged_idea_id BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    vote_id        BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (merged_idea_id, person_id),
    CONSTRAINT fk_idea_merged_vote_idea FOREIGN KEY (merged_idea_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_merged_vote_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
