package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationSummary;

/**
 * The form for a new case as it opens for the current person: whether they may register a case, and their own
 * workplace in the register ({@code workplace}, null when the register does not know it by their account's), chosen
 * as the case's organisation until they choose another.
 */
public record CaseStart(boolean mayRegister, OrganisationSummary workplace) {
}
