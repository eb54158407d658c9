-- What each search index was last built with (module search, decision 021): a fingerprint of its mapping (fields,
-- their types and abilities, what its analysers make of a probe text), stored once a rebuild with it has finished.
-- At start-up an index whose fingerprint differs, or that is empty while the database has its content, is dropped
-- and rebuilt from the database; search_index_rebuild records every rebuild, why, and how it ended (finished_at
-- null: under way, so "being rebuilt" can be told).
CREATE TABLE search_index_state (
    index_name  VARCHAR(100) NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    built_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (index_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE search_index_rebuild (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    index_name  VARCHAR(100) NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    succeeded   BOOLEAN      NULL,
    PRIMARY KEY (id),
    INDEX ix_search_index_rebuild_index (index_name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
