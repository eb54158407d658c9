package dk.coi.portal.organisation;

/**
 * Where an organisation is, as another module's search index stores it with its own documents: its name, government
 * level, the official code of the municipality it is located in and of the region that lies in (a region's own).
 * Read by {@link OrganisationPlaces}.
 */
public record OrganisationPlace(String name, OrganisationType level, Integer municipalityCode, Integer regionCode) {
}
