package dk.coi.portal.organisation;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * Staff undid the merge of {@code merged} into {@code kept}: a module that re-pointed its references on
 * {@link OrganisationsMerged} points those it moved back at {@code merged}, which lookups find as itself again.
 */
public record OrganisationMergeUndone(OrganisationId merged, OrganisationId kept, PersonId by, String reason,
                                      Instant at) {
}
