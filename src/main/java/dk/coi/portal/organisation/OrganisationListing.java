package dk.coi.portal.organisation;

import dk.coi.portal.shared.Phrase;

/**
 * An organisation as a line of the list shows it: its name and address, what it is ({@code kind}, e.g. "Enhed under
 * Aarhus Kommune", translated when shown), and where: its municipality and region by name (each null when it has
 * none, or is that municipality or region itself).
 */
public record OrganisationListing(OrganisationSummary organisation, Phrase kind, String municipality, String region) {
}
