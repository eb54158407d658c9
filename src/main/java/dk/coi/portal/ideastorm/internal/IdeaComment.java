package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaStance;
import dk.coi.portal.moderation.HideableContent;
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

/**
 * A named comment on an idea, or a reply to one ({@code parentId}); a comment on the idea itself says where it stands
 * ({@link IdeaStance}), a reply answers a comment and says none. Moderation hides it like an idea.
 */
@Entity
@Table(name = "idea_comment")
public class IdeaComment extends HideableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "storm_id", nullable = false)
    private long stormId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private IdeaStance stance;

    @Column(nullable = false, length = Length.LONG32)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected IdeaComment() {
    }

    public IdeaComment(Idea idea, Long parentId, long authorId, IdeaStance stance, String body, Instant createdAt) {
        this.ideaId = idea.getId();
        this.stormId = idea.getStormId();
        this.parentId = parentId;
        this.authorId = authorId;
        this.stance = stance;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getStormId() {
        return stormId;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public IdeaStance getStance() {
        return stance;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
