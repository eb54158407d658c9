package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.ReviewStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.Length;

/** An edit of a page that requires staff review, kept until staff publish or reject it. */
@Entity
@Table(name = "wiki_pending_edit")
public class WikiPendingEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = Length.LONG32)
    private String content;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false)
    private boolean minor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.PENDING;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    protected WikiPendingEdit() {
    }

    public WikiPendingEdit(long pageId, long baseVersion, long personId, String content, String summary,
                           boolean minor, Instant createdAt) {
        this.pageId = pageId;
        this.baseVersion = baseVersion;
        this.personId = personId;
        this.content = content;
        this.summary = summary;
        this.minor = minor;
        this.createdAt = createdAt;
    }

    public void decide(ReviewStatus decision, long reviewer, String note, Instant at) {
        this.status = decision;
        this.reviewedBy = reviewer;
        this.reviewNote = note;
        this.reviewedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPageId() {
        return pageId;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getContent() {
        return content;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isMinor() {
        return minor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
