package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.Revisions;
import dk.coi.portal.wiki.WikiPageChanged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one change as one revision, describes it (author, summary) and keeps the wiki's own part of it (page,
 * minor, size, patrolled), then announces it ({@link WikiPageChanged}). Callers check rights and input; this
 * runs inside their transaction.
 */
@Component
public class WikiWriter {

    private final WikiPageRepository pages;
    private final WikiRevisionRepository wikiRevisions;
    private final Revisions revisions;
    private final ApplicationEventPublisher events;

    WikiWriter(WikiPageRepository pages, WikiRevisionRepository wikiRevisions, Revisions revisions,
               ApplicationEventPublisher events) {
        this.pages = pages;
        this.wikiRevisions = wikiRevisions;
        this.revisions = revisions;
        this.events = events;
    }

    /** A person's change; {@code patrolledBy} is the staff member vouching for it already, if any. */
    public record Change(long author, EditSummary summary, boolean minor, Long patrolledBy, Instant at,
                         boolean loggedAction) {

        public Change(long author, EditSummary summary, boolean minor, Long patrolledBy, Instant at) {
            this(author, summary, minor, patrolledBy, at, false);
        }

        /** The same change made by an action the log records, which recent changes shows in its place. */
        public Change logged() {
            return new Change(author, summary, minor, patrolledBy, at, true);
        }
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
        PortalRevision revision = revisions.describeCurrent(change.summary(), change.author(), change.at());
        WikiRevision described = wikiRevisions.save(new WikiRevision(revision, page.getId(), change.minor(), change.loggedAction(),
                page.getContent().getBytes(StandardCharsets.UTF_8).length, change.patrolledBy()));
        events.publishEvent(new WikiPageChanged(page.pageId(), page.getTitle(), revision.getId(),
                PersonId.of(change.author()),
                change.summary(), change.minor(), change.at()));
        return described;
    }
}
