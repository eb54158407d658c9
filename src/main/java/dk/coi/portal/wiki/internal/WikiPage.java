package dk.coi.portal.wiki.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import dk.coi.portal.wiki.PageId;
import dk.coi.portal.wiki.PageProtection;
import org.hibernate.Length;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import dk.coi.portal.search.SearchAnalyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A wiki page's current state; every saved state (text and title) is kept by Envers in {@code wiki_page_aud}.
 * Links and categories are derived from the current text; protection, review and deletion are stewardship
 * state, logged in the moderation log rather than versioned.
 */
@Entity
@Table(name = "wiki_page")
@Audited
@Indexed(index = "wiki", routingBinder = @RoutingBinderRef(type = OnlyReadablePagesIndexed.class))
public class WikiPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: an edit based on an older version is an edit conflict. */
    @Version
    @NotAudited
    private long version;

    @Column(nullable = false, unique = true)
    @FullTextField(analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    private String title;

    @Column(nullable = false, length = Length.LONG32)
    private String content;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PageProtection protection = PageProtection.NONE;

    @NotAudited
    @Column(name = "review_required", nullable = false)
    private boolean reviewRequired;

    @NotAudited
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "wiki_link", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "target_title", nullable = false)
    private Set<String> links = new HashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "wiki_category", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "category", nullable = false)
    private Set<String> categories = new HashSet<>();

    protected WikiPage() {
    }

    public WikiPage(String title, String content, Instant now) {
        this.title = title;
        this.createdAt = now;
        edit(content, now);
    }

    public void edit(String newContent, Instant now) {
        this.content = newContent;
        this.updatedAt = now;
        PageStructure structure = PageStructure.of(newContent);
        links.retainAll(structure.links());
        links.addAll(structure.links());
        categories.retainAll(structure.categories());
        categories.addAll(structure.categories());
    }

    public void rename(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    public void protect(PageProtection newProtection, boolean requireReview) {
        this.protection = newProtection;
        this.reviewRequired = requireReview;
    }

    public void markDeleted(Instant now) {
        this.deletedAt = now;
    }

    public void undelete() {
        this.deletedAt = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isRedirect() {
        return PageStructure.redirectTargetOf(content).isPresent();
    }

    public PageProtection getProtection() {
        return protection;
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public Set<String> getCategories() {
        return Set.copyOf(categories);
    }

    public PageId pageId() {
        return PageId.of(id);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** What search finds and shows in snippets: the text readers see, without Markdown or wiki markup. */
    @FullTextField(name = "body", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "content")))
    public String getSearchText() {
        return WikiLinks.plainText(content);
    }
}
