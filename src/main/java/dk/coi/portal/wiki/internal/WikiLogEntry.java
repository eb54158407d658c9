package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.wiki.WikiLogAction;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stewardship action in the public wiki log: who moved, protected, deleted or reviewed which page; what the
 * portal says about it ({@code facts}, a phrase translated when shown: both titles of a move, the protection set)
 * apart from the person's own words ({@code reason}).
 */
@Entity
@Table(name = "wiki_log")
public class WikiLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WikiLogAction action;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(nullable = false)
    private String title;

    @Convert(converter = PhraseConverter.class)
    @Column(length = 1000)
    private Phrase facts;

    @Column(length = 500)
    private String reason;

    protected WikiLogEntry() {
    }

    public WikiLogEntry(Instant createdAt, long personId, WikiLogAction action, long pageId, String title,
                        Phrase facts, String reason) {
        this.createdAt = createdAt;
        this.personId = personId;
        this.action = action;
        this.pageId = pageId;
        this.title = title;
        this.facts = facts;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public WikiLogAction getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public long getPageId() {
        return pageId;
    }

    public Phrase getFacts() {
        return facts;
    }

    public String getReason() {
        return reason;
    }
}
