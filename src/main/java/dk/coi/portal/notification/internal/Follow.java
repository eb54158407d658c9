package dk.coi.portal.notification.internal;

import dk.coi.portal.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One subject one person follows, for good or until {@code expiresAt}; written by {@link FollowRepository#follow}. */
@Entity
@Table(name = "notification_follow")
@IdClass(Follow.Key.class)
public class Follow {

    public record Key(Long personId, String subjectType, Long subjectId) implements Serializable {
        public Key() {
            this(null, null, null);
        }

        public static Key of(long personId, Subject subject) {
            return new Key(personId, subject.type(), subject.id());
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "subject_type")
    private String subjectType;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Follow() {
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
