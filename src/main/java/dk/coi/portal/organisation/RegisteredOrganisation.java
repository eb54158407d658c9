package dk.coi.portal.organisation;

/**
 * An organisation of the register as open data shows it: its summary (id, name, government level, page), its official
 * code (municipalities and regions), the municipality and region it lies in (official codes, null for none), its
 * parent (null at the top), whether it is an innovation unit, and the organisation it was merged into (null unless it
 * was a duplicate).
 */
public record RegisteredOrganisation(OrganisationSummary organisation, Integer officialCode, Integer municipalityCode,
                                     Integer regionCode, OrganisationId parent, boolean innovationUnit,
                                     OrganisationId mergedInto) {
}
