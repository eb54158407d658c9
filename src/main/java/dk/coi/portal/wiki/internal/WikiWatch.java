package dk.coi.portal.wiki.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One page on one person's watchlist, for good or until {@code expiresAt}; written by {@link WikiWatchRepository#watch}. */
@Entity
@Table(name = "wiki_watch")
@IdClass(WikiWatch.Key.class)
public class WikiWatch {

    public record Key(Long personId, Long pageId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected WikiWatch() {
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getPageId() {
        return pageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
