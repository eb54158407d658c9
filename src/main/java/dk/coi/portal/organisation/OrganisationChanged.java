package dk.coi.portal.organisation;

/**
 * Staff changed an organisation's name or the municipality it is located in: a module that keeps the organisation's
 * name or place beside its own rows (a search index) writes them again.
 */
public record OrganisationChanged(OrganisationId changed) {
}
