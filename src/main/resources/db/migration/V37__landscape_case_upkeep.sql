-- Keeping cases up to date (module landscape, decision 014).
-- content_changed_at: when a case's content (its own fields or its results) last changed. Audited, so an edit of a
-- result alone changes the case's row and is an ordinary revision of it with its author, and raises its version.
-- Cases stored before it count from their registration.
ALTER TABLE landscape_case ADD COLUMN content_changed_at DATETIME(6) NULL AFTER evidence_level;
UPDATE landscape_case SET content_changed_at = created_at;
ALTER TABLE landscape_case MODIFY content_changed_at DATETIME(6) NOT NULL;
ALTER TABLE landscape_case_aud ADD COLUMN content_changed_at DATETIME(6) NULL AFTER evidence_level;

-- stale_reminded_for: the confirmation (confirmed_at) whose staleness the editors were last reminded of, so they are
-- reminded once per stale period: a new confirmation starts a new one. Not audited (review state, not content).
ALTER TABLE landscape_case ADD COLUMN stale_reminded_for DATETIME(6) NULL AFTER confirmed_at;
CREATE INDEX ix_landscape_case_confirmed ON landscape_case (status, confirmed_at);

-- follow_up_reminded_for: the follow-up date of an expected result whose passing the owner was reminded of; a new
-- date gets a reminder of its own. Not audited.
ALTER TABLE landscape_case_result ADD COLUMN follow_up_reminded_for DATE NULL AFTER follow_up;
