package dk.coi.portal.wiki.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved edit (an Envers revision): who made it, when, their summary, whether it was minor, and the
 * page and its size after the edit, so a page's history is one indexed query without loading old texts.
 */
@Entity
@Table(name = "wiki_revision")
@RevisionEntity
public class WikiRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "created_at", nullable = false)
    private long timestamp;

    @Column(name = "person_id")
    private Long personId;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false)
    private boolean minor;

    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "page_size")
    private Integer pageSize;

    @Column(name = "patrolled_by")
    private Long patrolledBy;

    public void describe(long personId, long pageId, String summary, boolean minor, int pageSize, Instant at) {
        this.timestamp = at.toEpochMilli();
        this.personId = personId;
        this.pageId = pageId;
        this.summary = summary;
        this.minor = minor;
        this.pageSize = pageSize;
    }

    public void markPatrolled(long patroller) {
        if (patrolledBy == null) {
            patrolledBy = patroller;
        }
    }

    public long getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isMinor() {
        return minor;
    }

    public Long getPageId() {
        return pageId;
    }

    public Integer getPageSize() {
        return pageSize;
    }
}
