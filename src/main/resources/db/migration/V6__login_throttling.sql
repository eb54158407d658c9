-- Sign-in throttling instead of account lockout: failed sign-ins are counted per client address, per e-mail
-- at an address and per e-mail across all addresses, in the database so every portal node sees the same
-- counts. Keys are SHA-256 hashes, so the table holds no e-mail or client address in clear; a row is deleted
-- a day after its last failure. The person remembers the language they last signed in with (for mail) and
-- when they were last warned of failed sign-ins.
CREATE TABLE login_failure (
    subject_hash    CHAR(64)    NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    PRIMARY KEY (subject_hash),
    INDEX ix_login_failure_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

ALTER TABLE person
    DROP COLUMN failed_logins,
    DROP COLUMN locked_until,
    ADD COLUMN language VARCHAR(8) NULL AFTER workplace,
    ADD COLUMN login_warning_sent_at DATETIME(6) NULL AFTER language;
