-- People who have signed in (local accounts and Keycloak), their roles, and COI's news.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(255) NULL,
    oidc_subject  VARCHAR(255) NULL,
    workplace     VARCHAR(200) NULL,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    erased_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT uk_person_oidc_subject UNIQUE (oidc_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE news_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    title        VARCHAR(255) NOT NULL,
    body         LONGTEXT     NOT NULL,
    published_on DATE         NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_news_item_published (published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
