package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * Staff published the storm's results ({@code by}; null: the portal itself). The evaluation publishes it in the
 * transaction that makes the results public; the storm's followers hear of it after the commit.
 */
public record StormResultsPublished(StormId storm, Instant at, PersonId by) {
}
