package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.moderation.PreModeratedContent;
import dk.coi.portal.search.SearchAnalyzers;
import dk.coi.portal.shared.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.Length;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;

/**
 * An idea in a storm. Its title, description and theme are audited: every submission and edit is a named revision
 * (shared.revision). Hidden ideas, and those waiting for staff's approval, leave the search index ({@link OnlyVisibleIdeasIndexed}), so neither the portal
 * search nor the similar ideas shown while typing find them.
 */
@Entity
@Table(name = "idea")
@Audited
@Indexed(index = "ideas", routingBinder = @RoutingBinderRef(type = OnlyVisibleIdeasIndexed.class))
public class Idea extends PreModeratedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    @GenericField
    @Column(name = "storm_id", nullable = false)
    private long stormId;

    /** Read only, for the storm's title in the idea's address (search hits). */
    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "storm_id", insertable = false, updatable = false)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private Storm storm;

    @Column(name = "theme_id")
    private Long themeId;

    @FullTextField(analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = Length.LONG32)
    private String description;

    @NotAudited
    @Column(name = "author_id", nullable = false)
    private long authorId;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IdeaStatus status;

    @NotAudited
    @Version
    private long version;

    /** The public answer (Markdown); audited, so every answer and edit of it is a named revision. */
    @Column(length = Length.LONG32)
    private String answer;

    @NotAudited
    @Column(name = "answered_by")
    private Long answeredBy;

    @NotAudited
    @Column(name = "answered_at")
    private Instant answeredAt;

    @NotAudited
    @Column(name = "follow_up_note", length = 1000)
    private String followUpNote;
    /** The idea this one was merged into as its duplicate (null: not merged); see {@link IdeaMerges}. */
    @NotAudited
    @Column(name = "merged_into")
    private Long mergedInto;

    protected Idea() {
    }

    public Idea(long stormId, Long themeId, String title, String description, long authorId, Instant createdAt) {
        this.stormId = stormId;
        this.themeId = themeId;
        this.title = title;
        this.description = description;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.status = IdeaStatus.PUBLISHED;
    }

    /** New texts and theme; returns whether anything changed. */
    public boolean change(String newTitle, String newDescription, Long newThemeId) {
        boolean changed = !title.equals(newTitle) || !description.equals(newDescription)
                || !Objects.equals(themeId, newThemeId);
        this.title = newTitle;
        this.description = newDescription;
        this.themeId = newThemeId;
        return changed;
    }

    public boolean answered() {
        return answer != null;
    }

    /** Staff's new answer; returns whether its words changed (who and when are the latest writer's). */
    public boolean answer(String text, long staff, Instant at) {
        boolean changed = !text.equals(answer);
        if (changed) {
            this.answer = text;
            this.answeredBy = staff;
            this.answeredAt = at;
        }
        return changed;
    }

    /** A new status, by the rules of {@link IdeaStatus#mayBecome}; the follow-up note goes with carried on. */
    public void changeStatus(IdeaStatus next, String note) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException(status + " may not become " + next);
        }
        this.status = next;
        if (next == IdeaStatus.CARRIED_ON) {
            this.followUpNote = note;
        }
    }

    public IdeaId ideaId() {
        return IdeaId.of(id);
    }

    /** What search finds and shows in snippets: the text readers see, without Markdown. */
    @FullTextField(name = "body", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getSearchText() {
        return PlainText.ofMarkdown(description);
    }

    public Long getId() {
        return id;
    }

    public long getStormId() {
        return stormId;
    }

    public Storm getStorm() {
        return storm;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    void mergeInto(long kept) {
        this.mergedInto = kept;
    }

    void unmerge() {
        this.mergedInto = null;
    }
}
