-- One row per moderated subject that has been reported or decided on: every transaction that changes the
-- subject's reports or hidden state locks it first (an upsert, which also makes it) and holds it until it commits.
-- Two people reporting the same content at the same moment are thus counted one after the other, so the report
-- that reaches the auto-hide threshold always sees the ones before it.
CREATE TABLE moderation_subject_lock (
    subject_type VARCHAR(60) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
