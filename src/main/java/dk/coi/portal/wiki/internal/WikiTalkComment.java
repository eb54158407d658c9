package dk.coi.portal.wiki.internal;

import dk.coi.portal.moderation.HideableContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/**
 * A named comment on a page's talk page, possibly a reply to another; staff may hide it with a reason, and the
 * portal hides it (by nobody, without a reason) when several people have reported it.
 */
@Entity
@Table(name = "wiki_talk_comment")
public class WikiTalkComment extends HideableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = Length.LONG32)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WikiTalkComment() {
    }

    public WikiTalkComment(long pageId, Long parentId, long personId, String body, Instant createdAt) {
        this.pageId = pageId;
        this.parentId = parentId;
        this.personId = personId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getPageId() {
        return pageId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
