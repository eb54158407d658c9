package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationSummary;

/**
 * The case form as it opens for an idea carried on: the idea, and a draft with its title, a summary from its
 * description and public answer, and its storm's organisation when the register knows it by that name
 * ({@code organisation} null otherwise); staff complete the rest before it is stored.
 */
public record CaseFromIdea(IdeaToCarryOn idea, CaseDraft draft, OrganisationSummary organisation) {
}
