package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.EditSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the wiki knows of one of its revisions beside the portal's revision (who, when, summary): the page,
 * whether the edit was minor, the page's size after it and who patrolled it, so a page's history is one indexed
 * query without loading old texts.
 */
@Entity
@Table(name = "wiki_revision_meta")
public class WikiRevision {

    @Id
    @Column(name = "revision_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private PortalRevision revision;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(nullable = false)
    private boolean minor;

    /** Written by an action the log records (a move, an undeletion): recent changes shows the log line instead. */
    @Column(name = "logged_action", nullable = false)
    private boolean loggedAction;

    @Column(name = "page_size", nullable = false)
    private int pageSize;

    @Column(name = "patrolled_by")
    private Long patrolledBy;

    protected WikiRevision() {
    }

    WikiRevision(PortalRevision revision, long pageId, boolean minor, boolean loggedAction, int pageSize,
                 Long patrolledBy) {
        this.revision = revision;
        this.pageId = pageId;
        this.minor = minor;
        this.loggedAction = loggedAction;
        this.pageSize = pageSize;
        this.patrolledBy = patrolledBy;
    }

    public void markPatrolled(long patroller) {
        if (patrolledBy == null) {
            patrolledBy = patroller;
        }
    }

    public long getId() {
        return id;
    }

    public Instant getTime() {
        return revision.getTime();
    }

    public Long getPersonId() {
        return revision.getPersonId();
    }

    public EditSummary getSummary() {
        return revision.getSummary();
    }

    public boolean isMinor() {
        return minor;
    }

    public long getPageId() {
        return pageId;
    }

    public int getPageSize() {
        return pageSize;
    }

    public Long getPatrolledBy() {
        return patrolledBy;
    }
}
