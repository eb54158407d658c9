package dk.coi.portal.wiki;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One edit in the wiki-wide list of recent changes or in a person's contributions. {@code author} is the
 * credit (name and workplace), {@code null} once the author has been erased ("Slettet bruger");
 * {@code previousRevision} is the page's revision before this one, null when this edit created the page.
 */
public record RecentChange(long revision, Long previousRevision, String pageTitle, Long authorId, String author,
                           Instant time, EditSummary summary, boolean minor, int sizeChange, boolean patrolled)
        implements RecentActivity {

    public boolean createdThePage() {
        return previousRevision == null;
    }
}
