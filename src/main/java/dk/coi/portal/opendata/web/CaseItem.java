package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A published case as the list and the downloads give it. */
@Schema(description = "A published innovation case, as lists and downloads give it. Values of sector, level, stage, "
        + "innovationType, novelty and evidenceLevel are those the catalogue's filters take.")
public record CaseItem(
        @Schema(description = "The case's number", example = "5") long id,
        @Schema(example = "SMS og app til unge ledige") String title,
        String summary,
        OrganisationRef organisation,
        @Schema(allowableValues = {"state", "region", "municipality", "other"},
                description = "The organisation's government level") String level,
        @Schema(description = "Official code of the municipality the organisation lies in; null for none",
                example = "101") Integer municipalityCode,
        String sector,
        String stage,
        String innovationType,
        String novelty,
        String evidenceLevel,
        @Schema(example = "2019") int yearStarted,
        List<String> tags,
        @Schema(description = "When it was published (ISO 8601, UTC)") String publishedAt,
        @Schema(description = "When its editors last confirmed it up to date (ISO 8601, UTC)") String confirmedAt,
        @Schema(description = "The case's page on the portal") String url,
        @Schema(description = "The case with everything public, in this API") String apiUrl) {

    public CaseItem {
        tags = List.copyOf(tags);
    }

    static CaseItem of(CaseCard card, ApiLinks links) {
        return new CaseItem(card.id().value(), card.title(), card.summary(), new OrganisationRef(
                card.organisation().value(), card.organisationName()), ApiValues.code(card.level()),
                card.municipalityCode(), ApiValues.code(card.sector()), ApiValues.code(card.stage()),
                ApiValues.code(card.innovationType()), ApiValues.code(card.novelty()),
                ApiValues.code(card.evidenceLevel()), card.yearStarted(), card.tags(),
                ApiValues.time(card.publishedAt()), ApiValues.time(card.confirmedAt()), links.link(card.path()),
                links.link(ApiRoutes.CASES.substring(1) + "/" + card.id().value()));
    }

    /** An organisation of the register by id and name (its details are in {@code /api/v1/organisations}). */
    @Schema(description = "An organisation of the register by its id and name")
    public record OrganisationRef(long id, String name) {
    }
}
