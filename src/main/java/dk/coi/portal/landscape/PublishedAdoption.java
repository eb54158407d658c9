package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.SafeHtml;
import java.time.YearMonth;

/**
 * A workplace's reuse of a published case as open data shows it: the case, the workplace (null when the register no
 * longer has it), how and since when, what it changed (rendered), its own results as it wrote them, and its own case
 * ({@code ownCase}, null when it registered none or that case is not published). Who recorded it is not part of it.
 */
public record PublishedAdoption(AdoptionId id, CaseId caseId, OrganisationSummary organisation, AdoptionKind kind,
                                YearMonth adoptedIn, SafeHtml changes, String results, CaseId ownCase) {
}
