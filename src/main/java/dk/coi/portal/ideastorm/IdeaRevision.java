package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/** One saved revision of an idea: its number, when, by whom (null once erased) and what it was. */
public record IdeaRevision(long revision, Instant time, String authorName, EditSummary summary) {
}
