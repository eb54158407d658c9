package dk.coi.portal.wiki;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One edit in the wiki-wide list of recent changes or in a person's contributions. {@code author} is the
 * credit (name and workplace), {@code null} once the author has been erased ("Slettet bruger").
 */
public record RecentChange(long revision, String pageTitle, Long authorId, String author, Instant time,
                           EditSummary summary, boolean minor, int sizeChange, boolean patrolled) {
}
