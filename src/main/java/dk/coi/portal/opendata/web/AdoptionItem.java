package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.PublishedAdoption;
import io.swagger.v3.oas.annotations.media.Schema;

/** A workplace's reuse of a published case. */
@Schema(description = "A workplace's reuse of a published case: how, since when, what it changed (sanitised HTML) "
        + "and its own results as it wrote them. Who recorded it is not given.")
public record AdoptionItem(
        long id,
        @Schema(description = "The reused case's number") long caseId,
        @Schema(description = "The reusing workplace (null if no longer in the register)")
        CaseItem.OrganisationRef organisation,
        @Schema(allowableValues = {"copied", "adapted", "inspired"}) String kind,
        @Schema(description = "Month from which (YYYY-MM)", example = "2024-03") String adoptedIn,
        @Schema(description = "What was changed and why, as sanitised HTML") String changes,
        @Schema(description = "The workplace's own results, as text") String results,
        @Schema(description = "The workplace's own case, when it registered one and it is published") Long ownCaseId,
        String caseApiUrl) {

    static AdoptionItem of(PublishedAdoption adoption, ApiLinks links) {
        return new AdoptionItem(adoption.id().value(), adoption.caseId().value(), adoption.organisation() == null
                ? null : new CaseItem.OrganisationRef(adoption.organisation().id().value(),
                adoption.organisation().name()), ApiValues.code(adoption.kind()), adoption.adoptedIn().toString(),
                adoption.changes().html(), adoption.results(), adoption.ownCase() == null ? null
                : adoption.ownCase().value(), links.link(ApiRoutes.CASES.substring(1) + "/"
                + adoption.caseId().value()));
    }
}
