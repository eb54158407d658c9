package dk.coi.portal.opendata.web;

import dk.coi.portal.organisation.RegisteredOrganisation;
import io.swagger.v3.oas.annotations.media.Schema;

/** An organisation of the register. */
@Schema(description = "An organisation of the portal's register of public workplaces. A duplicate merged away names "
        + "the organisation kept (mergedInto); its id stays valid.")
public record OrganisationItem(
        long id,
        @Schema(example = "Københavns Kommune") String name,
        @Schema(allowableValues = {"state", "region", "municipality", "other"},
                description = "Government level (a unit has its parent's)") String type,
        @Schema(description = "Official code of a municipality (101–860) or region (1081–1085)") Integer officialCode,
        @Schema(description = "Official code of the municipality it lies in; null for none") Integer municipalityCode,
        @Schema(description = "Official code of the region it lies in; null for none") Integer regionCode,
        @Schema(description = "The organisation it is a unit of; null at the top") Long parentId,
        boolean innovationUnit,
        @Schema(description = "The organisation it was merged into; null unless it was a duplicate") Long mergedInto,
        @Schema(description = "Its page on the portal") String url) {

    static OrganisationItem of(RegisteredOrganisation registered, ApiLinks links) {
        return new OrganisationItem(registered.organisation().id().value(), registered.organisation().name(),
                ApiValues.code(registered.organisation().type()), registered.officialCode(),
                registered.municipalityCode(), registered.regionCode(),
                registered.parent() == null ? null : registered.parent().value(), registered.innovationUnit(),
                registered.mergedInto() == null ? null : registered.mergedInto().value(),
                links.link(registered.organisation().path()));
    }
}
