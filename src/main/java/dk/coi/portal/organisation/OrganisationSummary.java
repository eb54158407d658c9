package dk.coi.portal.organisation;

/** An organisation as a line of a list or a choice of a field shows it, with the address of its page. */
public record OrganisationSummary(OrganisationId id, String name, OrganisationType type, String path) {
}
