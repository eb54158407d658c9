package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiLogAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stewardship action in the public wiki log: who moved, protected, deleted or reviewed which page. */
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

    @Column(length = 500)
    private String detail;

    protected WikiLogEntry() {
    }

    public WikiLogEntry(Instant createdAt, long personId, WikiLogAction action, long pageId, String title,
                        String detail) {
        this.createdAt = createdAt;
        this.personId = personId;
        this.action = action;
        this.pageId = pageId;
        this.title = title;
        this.detail = detail;
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

    public String getDetail() {
        return detail;
    }
}
