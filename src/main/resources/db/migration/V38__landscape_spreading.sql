-- Spreading (module landscape, issue 13): a workplace records that it reused a published case (an adoption), and a
-- signed-in person asks a case's contact person about reusing it (a contact request) through the portal.
-- An adoption belongs to the adopting organisation of the register (organisation_id, no foreign key into another
-- module's table, decision 013); a workplace adopts a case once (unique key). It may name the case the adopters
-- registered as their own (adopting_case_id), which makes the lineage A -> B -> C. Its own results are a short text:
-- structured results belong to the adopters' own case. Who recorded it (person_id) stays after an erasure, credited
-- to "Slettet bruger" by the blanked person row.
CREATE TABLE landscape_adoption (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_id          BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    adopted_in       DATE          NOT NULL,
    changes          LONGTEXT      NOT NULL,
    results          VARCHAR(1000) NULL,
    adopting_case_id BIGINT        NULL,
    person_id        BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_landscape_adoption_workplace (case_id, organisation_id),
    INDEX ix_landscape_adoption_adopting (adopting_case_id),
    INDEX ix_landscape_adoption_person (person_id),
    CONSTRAINT fk_landscape_adoption_case FOREIGN KEY (case_id) REFERENCES landscape_case (id),
    CONSTRAINT fk_landscape_adoption_adopting FOREIGN KEY (adopting_case_id) REFERENCES landscape_case (id),
    CONSTRAINT fk_landscape_adoption_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A contact request goes to the person who was the case's contact when it was sent (contact_id); the requester's
-- address is never shown to them nor theirs to the requester: the reply goes back through the portal as a notice.
CREATE TABLE landscape_contact_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    case_id         BIGINT        NOT NULL,
    requester_id    BIGINT        NOT NULL,
    contact_id      BIGINT        NOT NULL,
    workplace       VARCHAR(200)  NOT NULL,
    message         VARCHAR(2000) NOT NULL,
    reply           VARCHAR(2000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    replied_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_landscape_contact_request_contact (contact_id, created_at),
    INDEX ix_landscape_contact_request_requester (requester_id),
    CONSTRAINT fk_landscape_contact_request_case FOREIGN KEY (case_id) REFERENCES landscape_case (id),
    CONSTRAINT fk_landscape_contact_request_requester FOREIGN KEY (requester_id) REFERENCES person (id),
    CONSTRAINT fk_landscape_contact_request_contact FOREIGN KEY (contact_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
