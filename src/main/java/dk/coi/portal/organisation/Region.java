package dk.coi.portal.organisation;

/** One of the 5 regions: its official code (1081–1085), name and centre for the map (WGS84). */
public record Region(int code, String name, OrganisationId id, double latitude, double longitude) {
}
