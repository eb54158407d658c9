package dk.coi.portal.organisation;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * Staff merged a duplicate into the organisation kept: a module that stores organisation ids points its references
 * to {@code merged} at {@code kept} (lookups of {@code merged} already resolve to {@code kept}).
 */
public record OrganisationsMerged(OrganisationId merged, OrganisationId kept, PersonId by, String reason,
                                  Instant at) {
}
