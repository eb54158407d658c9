package dk.coi.portal.wiki.internal;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one edit as one Envers revision and describes the revision (author, summary, minor, page, size).
 * Callers check rights and input; this runs inside their transaction.
 */
@Component
public class WikiWriter {

    private final WikiPageRepository pages;
    private final EntityManager entityManager;

    WikiWriter(WikiPageRepository pages, EntityManager entityManager) {
        this.pages = pages;
        this.entityManager = entityManager;
    }

    public WikiPage create(long author, String title, String content, String summary, boolean minor, Instant now) {
        WikiPage page = pages.save(new WikiPage(title, content, now));
        describe(page, author, summary, minor, now);
        return page;
    }

    public WikiPage edit(WikiPage page, long author, String content, String summary, boolean minor, Instant now) {
        page.edit(content, now);
        describe(page, author, summary, minor, now);
        return page;
    }

    private void describe(WikiPage page, long author, String summary, boolean minor, Instant at) {
        pages.flush();
        WikiRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(WikiRevision.class, true);
        revision.describe(author, page.getId(), summary, minor,
                page.getContent().getBytes(StandardCharsets.UTF_8).length, at);
    }
}
