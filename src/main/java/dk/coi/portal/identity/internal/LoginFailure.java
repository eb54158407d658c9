package dk.coi.portal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins counted for one subject (a client address, an e-mail at an address, or an e-mail), known
 * only by the hash of its kind and key. Written only by {@link LoginFailureRepository#countFailure}.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    /** What the failures are counted for. */
    enum Kind { ACCOUNT_AT_ADDRESS, ADDRESS, ACCOUNT }

    @Id
    @Column(name = "subject_hash", length = 64)
    private String subjectHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginFailure() {
    }

    Kind getKind() {
        return kind;
    }

    int getFailures() {
        return failures;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
