-- Watchlists: who watches which page (optionally until a time), how each person wants to hear of changes,
-- and the notices a change leaves for each watcher (read in the portal; mailed at once or in a daily
-- digest). Plus ShedLock's table, so a background job runs on one node at a time.
CREATE TABLE wiki_watch (
    person_id  BIGINT      NOT NULL,
    page_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NULL,
    PRIMARY KEY (person_id, page_id),
    INDEX ix_wiki_watch_page (page_id),
    CONSTRAINT fk_wiki_watch_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_wiki_watch_page FOREIGN KEY (page_id) REFERENCES wiki_page (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_watch_settings (
    person_id BIGINT      NOT NULL,
    mail_mode VARCHAR(20) NOT NULL,
    language  VARCHAR(8)  NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_wiki_watch_settings_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE wiki_notice (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    person_id  BIGINT       NOT NULL,
    page_id    BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    revision   BIGINT       NULL,
    comment_id BIGINT       NULL,
    actor_id   BIGINT       NULL,
    summary    VARCHAR(500) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    mail_state VARCHAR(20)  NOT NULL,
    mailed_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_wiki_notice_person (person_id, read_at, id),
    INDEX ix_wiki_notice_mail (mail_state, id),
    CONSTRAINT fk_wiki_notice_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_wiki_notice_page FOREIGN KEY (page_id) REFERENCES wiki_page (id),
    CONSTRAINT fk_wiki_notice_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
