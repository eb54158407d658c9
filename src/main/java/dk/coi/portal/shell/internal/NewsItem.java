package dk.coi.portal.shell.internal;

import dk.coi.portal.search.SearchAnalyzers;
import dk.coi.portal.shared.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.Length;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A short announcement from COI, shown as "what is new" on the front page. */
@Entity
@Table(name = "news_item")
@Indexed(index = "news")
public class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    @FullTextField(analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    private String title;

    @Column(nullable = false, length = Length.LONG32)
    private String body;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    protected NewsItem() {
    }

    public NewsItem(String title, String body, LocalDate publishedOn) {
        this.title = title;
        this.body = body;
        this.publishedOn = publishedOn;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    /** What search finds and shows in snippets: the text readers see, without Markdown. */
    @FullTextField(name = "body", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getSearchText() {
        return PlainText.ofMarkdown(body);
    }
}
