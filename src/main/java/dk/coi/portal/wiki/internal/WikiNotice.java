package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WatchNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A change to a watched page, left for one watcher: shown in the portal until read, and, per the watcher's
 * settings, mailed at once ({@link MailState#PENDING}), in the next daily digest ({@link MailState#DIGEST}) or
 * not at all. Pending mail is delivered after the change commits, so a mail never announces a change that
 * was rolled back.
 */
@Entity
@Table(name = "wiki_notice")
public class WikiNotice {

    /** NONE: no mail (by choice, or the page was gone by then); FAILED: the mail server refused the mail. */
    public enum MailState { NONE, PENDING, DIGEST, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WatchNotice.Kind kind;

    private Long revision;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 500)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected WikiNotice() {
    }

    public WikiNotice(long personId, long pageId, WatchNotice.Kind kind, Long revision, Long commentId, long actorId,
                      String summary, Instant createdAt, MailState mailState) {
        this.personId = personId;
        this.pageId = pageId;
        this.kind = kind;
        this.revision = revision;
        this.commentId = commentId;
        this.actorId = actorId;
        this.summary = summary;
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getPageId() {
        return pageId;
    }

    public WatchNotice.Kind getKind() {
        return kind;
    }

    public Long getRevision() {
        return revision;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public MailState getMailState() {
        return mailState;
    }
}
