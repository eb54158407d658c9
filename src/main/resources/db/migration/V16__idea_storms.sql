-- Idea storms and their phases. A storm stores its current phase (null before the first one starts) rather than
-- working it out from the clock, so that every change is a recorded event, and the moment its stored state stops
-- being true (next_change_at: the first phase's start, then the current phase's end; null once in the last phase),
-- so the job that changes phases finds the storms that are due with one index range.
CREATE TABLE storm (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    title              VARCHAR(200) NOT NULL,
    question           VARCHAR(500) NOT NULL,
    description        LONGTEXT     NOT NULL,
    owner_organisation VARCHAR(200) NOT NULL,
    audience           VARCHAR(30)  NOT NULL,
    answer_deadline    DATETIME(6)  NULL,
    current_phase_id   BIGINT       NULL,
    next_change_at     DATETIME(6)  NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_storm_next_change (next_change_at),
    INDEX ix_storm_created_by (created_by),
    CONSTRAINT fk_storm_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A storm's phases in order (position 0, 1, …), each with its own switches.
CREATE TABLE storm_phase (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    storm_id          BIGINT      NOT NULL,
    position          INT         NOT NULL,
    kind              VARCHAR(30) NOT NULL,
    starts_at         DATETIME(6) NOT NULL,
    ends_at           DATETIME(6) NOT NULL,
    ideas_open        BOOLEAN     NOT NULL,
    comments_open     BOOLEAN     NOT NULL,
    votes_open        BOOLEAN     NOT NULL,
    vote_counts_shown BOOLEAN     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_storm_phase_position UNIQUE (storm_id, position),
    CONSTRAINT fk_storm_phase_storm FOREIGN KEY (storm_id) REFERENCES storm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

ALTER TABLE storm ADD CONSTRAINT fk_storm_current_phase FOREIGN KEY (current_phase_id) REFERENCES storm_phase (id);

-- Every change of a storm's current phase: by the clock (person_id null, no reason) or by staff with a reason.
CREATE TABLE storm_phase_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    storm_id      BIGINT       NOT NULL,
    from_phase_id BIGINT       NULL,
    to_phase_id   BIGINT       NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    person_id     BIGINT       NULL,
    reason        VARCHAR(500) NULL,
    PRIMARY KEY (id),
    INDEX ix_storm_phase_log_storm (storm_id, id),
    INDEX ix_storm_phase_log_person (person_id),
    CONSTRAINT fk_storm_phase_log_storm FOREIGN KEY (storm_id) REFERENCES storm (id),
    CONSTRAINT fk_storm_phase_log_from FOREIGN KEY (from_phase_id) REFERENCES storm_phase (id),
    CONSTRAINT fk_storm_phase_log_to FOREIGN KEY (to_phase_id) REFERENCES storm_phase (id),
    CONSTRAINT fk_storm_phase_log_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
