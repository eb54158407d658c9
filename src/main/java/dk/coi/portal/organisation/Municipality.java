package dk.coi.portal.organisation;

/** One of the 98 municipalities: its official code, name, region's code and centre for the map (WGS84). */
public record Municipality(int code, String name, int regionCode, OrganisationId id, double latitude,
                           double longitude) {
}
