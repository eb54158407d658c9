-- The innovation landscape's cases (module landscape, decision 014). A case belongs to an organisation of the
-- register (organisation_id, no foreign key into another module's table, decision 013) and to the person who
-- registered it (owner_id); co-editors are in landscape_case_editor. Its content (basics, qualification, contact,
-- links, tags) is audited in landscape_case_aud; the review state (status, staff's comment, dates) is not, so a
-- restored version never unpublishes a case. The title is unique within an organisation (as Danes compare).
CREATE TABLE landscape_case (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    title             VARCHAR(200)  NOT NULL,
    summary           LONGTEXT      NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    partners          VARCHAR(500)  NULL,
    sector            VARCHAR(30)   NOT NULL,
    year_started      SMALLINT      NOT NULL,
    stage             VARCHAR(20)   NOT NULL,
    innovation_type   VARCHAR(20)   NOT NULL,
    target_group      VARCHAR(300)  NULL,
    novelty           VARCHAR(20)   NOT NULL,
    contact_person_id BIGINT        NULL,
    contact_role      VARCHAR(150)  NULL,
    contact_public    BOOLEAN       NOT NULL DEFAULT FALSE,
    links             LONGTEXT      NULL,
    tags              VARCHAR(1000) NULL,
    effect            LONGTEXT      NULL,
    process           LONGTEXT      NULL,
    conditions        LONGTEXT      NULL,
    documentation     LONGTEXT      NULL,
    evidence_level    VARCHAR(30)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    staff_comment     VARCHAR(500)  NULL,
    owner_id          BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    confirmed_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_landscape_case_title (organisation_id, title),
    INDEX ix_landscape_case_status (status, published_at),
    INDEX ix_landscape_case_owner (owner_id),
    CONSTRAINT fk_landscape_case_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_landscape_case_contact FOREIGN KEY (contact_person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE landscape_case_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    title             VARCHAR(200)  NULL,
    summary           LONGTEXT      NULL,
    organisation_id   BIGINT        NULL,
    partners          VARCHAR(500)  NULL,
    sector            VARCHAR(30)   NULL,
    year_started      SMALLINT      NULL,
    stage             VARCHAR(20)   NULL,
    innovation_type   VARCHAR(20)   NULL,
    target_group      VARCHAR(300)  NULL,
    novelty           VARCHAR(20)   NULL,
    contact_person_id BIGINT        NULL,
    contact_role      VARCHAR(150)  NULL,
    contact_public    BOOLEAN       NULL,
    links             LONGTEXT      NULL,
    tags              VARCHAR(1000) NULL,
    effect            LONGTEXT      NULL,
    process           LONGTEXT      NULL,
    conditions        LONGTEXT      NULL,
    documentation     LONGTEXT      NULL,
    evidence_level    VARCHAR(30)   NULL,
    PRIMARY KEY (id, rev),
    INDEX ix_landscape_case_aud_rev (rev),
    CONSTRAINT fk_landscape_case_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A case's structured results, in the order the form lists them; audited with the case. Measurements are kept as
-- written ("8,66 %", "20 % færre end kontrolgruppen"): the unit says what they count.
CREATE TABLE landscape_case_result (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    case_id          BIGINT       NOT NULL,
    position         INT          NOT NULL,
    metric           VARCHAR(200) NOT NULL,
    unit             VARCHAR(50)  NULL,
    baseline         VARCHAR(100) NULL,
    target           VARCHAR(100) NULL,
    result           VARCHAR(100) NULL,
    comparison_group VARCHAR(300) NULL,
    period           VARCHAR(100) NULL,
    source           VARCHAR(500) NULL,
    expected         BOOLEAN      NOT NULL DEFAULT FALSE,
    follow_up        DATE         NULL,
    PRIMARY KEY (id),
    INDEX ix_landscape_case_result_case (case_id, position),
    CONSTRAINT fk_landscape_case_result_case FOREIGN KEY (case_id) REFERENCES landscape_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE landscape_case_result_aud (
    id               BIGINT       NOT NULL,
    rev              BIGINT       NOT NULL,
    revtype          TINYINT      NULL,
    case_id          BIGINT       NULL,
    position         INT          NULL,
    metric           VARCHAR(200) NULL,
    unit             VARCHAR(50)  NULL,
    baseline         VARCHAR(100) NULL,
    target           VARCHAR(100) NULL,
    result           VARCHAR(100) NULL,
    comparison_group VARCHAR(300) NULL,
    period           VARCHAR(100) NULL,
    source           VARCHAR(500) NULL,
    expected         BOOLEAN      NULL,
    follow_up        DATE         NULL,
    PRIMARY KEY (id, rev),
    INDEX ix_landscape_case_result_aud_rev (rev),
    CONSTRAINT fk_landscape_case_result_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- People the owner (or staff) let edit a case beside its owner.
CREATE TABLE landscape_case_editor (
    case_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, person_id),
    INDEX ix_landscape_case_editor_person (person_id),
    CONSTRAINT fk_landscape_case_editor_case FOREIGN KEY (case_id) REFERENCES landscape_case (id),
    CONSTRAINT fk_landscape_case_editor_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
