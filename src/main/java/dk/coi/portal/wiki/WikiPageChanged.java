package dk.coi.portal.wiki;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * Published inside the saving transaction whenever a page gets a new revision (edit, restore, rollback,
 * move, delete, undelete); listeners that notify people should react after commit.
 *
 * @param authorId the person who made the change
 */
public record WikiPageChanged(long pageId, String title, long revision, long authorId, EditSummary summary,
                              boolean minor, Instant at) {
}
