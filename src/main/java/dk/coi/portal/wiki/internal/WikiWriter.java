package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiPageChanged;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one change as one Envers revision, describes the revision (author, summary, minor, page, size) and
 * announces it ({@link WikiPageChanged}). Callers check rights and input; this runs inside their transaction.
 */
@Component
public class WikiWriter {

    private final WikiPageRepository pages;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    WikiWriter(WikiPageRepository pages, EntityManager entityManager, ApplicationEventPublisher events) {
        this.pages = pages;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** A person's change; {@code patrolledBy} is the staff member vouching for it already, if any. */
    public record Change(long author, String summary, boolean minor, Long patrolledBy, Instant at) {
    }

    public WikiRevision create(String title, String content, Change change) {
        return describe(pages.save(new WikiPage(title, content, change.at())), change);
    }

    public WikiRevision edit(WikiPage page, String content, Change change) {
        page.edit(content, change.at());
        return describe(page, change);
    }

    public WikiRevision rename(WikiPage page, String newTitle, Change change) {
        page.rename(newTitle, change.at());
        return describe(page, change);
    }

    private WikiRevision describe(WikiPage page, Change change) {
        pages.flush();
        WikiRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(WikiRevision.class, true);
        revision.describe(change.author(), page.getId(), change.summary(), change.minor(),
                page.getContent().getBytes(StandardCharsets.UTF_8).length, change.at());
        if (change.patrolledBy() != null) {
            revision.markPatrolled(change.patrolledBy());
        }
        events.publishEvent(new WikiPageChanged(page.getId(), page.getTitle(), revision.getId(), change.author(),
                change.summary(), change.minor(), change.at()));
        return revision;
    }
}
