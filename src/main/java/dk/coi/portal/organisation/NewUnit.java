package dk.coi.portal.organisation;

/**
 * A unit an employee adds: its name, the organisation it belongs to, and the municipality it is located in ({@code
 * municipalityCode} null: the parent's).
 */
public record NewUnit(String name, OrganisationId parent, Integer municipalityCode) {
}
