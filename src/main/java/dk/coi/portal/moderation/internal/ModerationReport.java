package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's report on one piece of content (at most one per person and subject); open until staff decide. */
@Entity
@Table(name = "moderation_report")
public class ModerationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportCategory category;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ModerationReport() {
    }

    public ModerationReport(Subject subject, long personId, ReportCategory category, String reason, Instant createdAt) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.personId = personId;
        this.category = category;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    public long getPersonId() {
        return personId;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** Erasure: the person's own words go; that they reported stays (it counts towards auto-hide). */
    public void forgetReason() {
        this.reason = null;
    }
}
