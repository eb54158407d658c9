package dk.coi.portal.wiki.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import dk.coi.portal.search.SearchAnalyzers;

/** A wiki page's current state; every saved state is kept by Envers in {@code wiki_page_aud}. */
@Entity
@Table(name = "wiki_page")
@Audited
@Indexed(index = "wiki")
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
    @FullTextField(name = "body", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    private String content;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WikiPage() {
    }

    public WikiPage(String title, String content, Instant now) {
        this.title = title;
        this.content = content;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String newContent, Instant now) {
        this.content = newContent;
        this.updatedAt = now;
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
}
