-- One person per human: when a Keycloak login is linked to a local account, a person row made earlier for that
-- Keycloak login is merged into the local account's person. The row stays (modules' data may point at it) and
-- names the person it now belongs to.
ALTER TABLE person
    ADD COLUMN merged_into BIGINT NULL,
    ADD CONSTRAINT fk_person_merged_into FOREIGN KEY (merged_into) REFERENCES person (id);
