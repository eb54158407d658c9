-- What followers of a storm have been told, so each announcement goes out once however often its event is handed
-- over or however many nodes run: that the storm opened, that its results were published (once per storm each).
CREATE TABLE storm_announcement (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    storm_id     BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    announced_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_storm_announcement UNIQUE (storm_id, kind),
    CONSTRAINT fk_storm_announcement_storm FOREIGN KEY (storm_id) REFERENCES storm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- The reminders that a voting phase closes within a day: one per phase and end time reminded of. Keyed by the end
-- as it was when the reminder went, so a reminder that went before staff moved the end says nothing about the new
-- end: that one gets its own reminder, a day before it, and an end that was not moved none again.
CREATE TABLE storm_voting_reminder (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    phase_id      BIGINT      NOT NULL,
    phase_ends_at DATETIME(6) NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_storm_voting_reminder UNIQUE (phase_id, phase_ends_at),
    CONSTRAINT fk_storm_voting_reminder_phase FOREIGN KEY (phase_id) REFERENCES storm_phase (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
