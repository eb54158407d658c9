-- Votes on ideas (design decision 012). An optional budget of votes per person per storm (null: no budget).
ALTER TABLE storm ADD COLUMN vote_budget INT NULL;

-- One row per person who has voted in a storm: the vote locks it first, so one person's votes in one storm are
-- taken one at a time (the budget is counted under that lock); different people never wait for each other.
CREATE TABLE storm_participant (
    storm_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (storm_id, person_id),
    CONSTRAINT fk_storm_participant_storm FOREIGN KEY (storm_id) REFERENCES storm (id),
    CONSTRAINT fk_storm_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A person's vote for an idea. The unique key makes a double vote impossible and serves an idea's count
-- (COUNT(*) by idea_id, its leftmost column); there is no counter row to update (it deadlocks under concurrency).
CREATE TABLE idea_vote (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    idea_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    storm_id   BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_idea_vote (idea_id, person_id),
    INDEX ix_idea_vote_person (person_id, storm_id),
    CONSTRAINT fk_idea_vote_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
    CONSTRAINT fk_idea_vote_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_idea_vote_storm FOREIGN KEY (storm_id) REFERENCES storm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
