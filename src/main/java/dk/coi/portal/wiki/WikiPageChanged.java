package dk.coi.portal.wiki;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * Published inside the saving transaction whenever a page gets a new revision (edit, restore, rollback,
 * move, delete, undelete); listeners that notify people should react after commit.
 *
 * @param author the person who made the change
 */
public record WikiPageChanged(PageId page, String title, long revision, PersonId author, EditSummary summary,
                              boolean minor, Instant at) {
}
