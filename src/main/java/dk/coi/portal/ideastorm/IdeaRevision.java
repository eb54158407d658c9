package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One saved revision of an idea: its number in the portal's revisions (for addresses), its number among the idea's
 * own versions (1 for the first, as readers count them), when, by whom (null once erased) and what it was.
 */
public record IdeaRevision(long revision, int version, Instant time, String authorName, EditSummary summary) {
}
