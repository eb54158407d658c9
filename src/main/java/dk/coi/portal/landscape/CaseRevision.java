package dk.coi.portal.landscape;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One saved version of a case: its number in the portal's revisions (for addresses), its number among the case's own
 * versions (1 for the first), when, by whom (null once erased) and what it was.
 */
public record CaseRevision(long revision, int version, Instant time, String authorName, EditSummary summary) {
}
