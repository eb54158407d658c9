package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseContact;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseScreen;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.shared.SafeHtml;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A published case with everything public. The qualification's sections are the sanitised HTML the case's page shows
 * (decision 019: the Markdown source may hold what the portal does not publish, such as raw HTML or external images).
 */
@Schema(description = "A published innovation case with everything public. The four qualification sections are the "
        + "sanitised HTML the case's page shows. The contact person is given by role, and by name only when they "
        + "chose to be shown publicly.")
public record CaseDetails(
        long id, String title, String summary, Organisation organisation,
        @Schema(description = "Other organisations taking part, as written") String partners,
        String sector,
        @Schema(allowableValues = {"state", "region", "municipality", "other"}) String level,
        int yearStarted, String stage, String innovationType, String targetGroup, String novelty,
        List<String> links, List<String> tags, Qualification qualification, String evidenceLevel,
        List<Result> results, Contact contact,
        @Schema(description = "ISO 8601, UTC") String publishedAt,
        @Schema(description = "When its editors last confirmed it up to date (ISO 8601, UTC)") String confirmedAt,
        List<Adoption> adoptions,
        @Schema(description = "Published cases it descends from (its first original first) and those adopted from "
                + "it, by number") Lineage lineage,
        @Schema(description = "The case's page on the portal (its canonical address)") String url) {

    static CaseDetails of(CaseScreen kase, CaseSpreading spreading, ApiLinks links) {
        var organisation = kase.organisation();
        return new CaseDetails(kase.id().value(), kase.title(), kase.summary(), organisation == null ? null
                : new Organisation(organisation.id().value(), organisation.name(),
                ApiValues.code(organisation.type()), kase.municipality() == null ? null : kase.municipality().code(),
                links.link(organisation.path())), kase.partners(), ApiValues.code(kase.sector()),
                organisation == null ? null : ApiValues.code(organisation.type()), kase.yearStarted(),
                ApiValues.code(kase.stage()), ApiValues.code(kase.innovationType()), kase.targetGroup(),
                ApiValues.code(kase.novelty()), kase.links(), kase.tags(), new Qualification(html(kase.effect()),
                html(kase.process()), html(kase.conditions()), html(kase.documentation())),
                ApiValues.code(kase.evidenceLevel()), kase.results().stream().map(Result::of).toList(),
                Contact.of(kase.contact()), ApiValues.time(kase.publishedAt()), ApiValues.time(kase.confirmedAt()),
                spreading.adopters().stream().map(Adoption::of).toList(), new Lineage(
                        spreading.from().stream().map(step -> step.id().value()).toList(),
                        spreading.onward().stream().map(step -> step.id().value()).toList()),
                links.link(kase.path()));
    }

    private static String html(SafeHtml section) {
        return section == null ? null : section.html();
    }

    @Schema(description = "The organisation behind the case")
    public record Organisation(long id, String name,
                               @Schema(allowableValues = {"state", "region", "municipality", "other"}) String type,
                               @Schema(description = "Official code of its municipality; null for none")
                               Integer municipalityCode, String url) {
    }

    @Schema(description = "The qualification: four sections as sanitised HTML (null when not written)")
    public record Qualification(String effect, String process, String conditions, String documentation) {
    }

    @Schema(description = "A structured result. Measurements are text as written (\"8,66\", \"20 % færre end "
            + "kontrolgruppen\"). An expected result is not measured yet and names its follow-up date.")
    public record Result(String metric, String unit, String baseline, String target, String result,
                         String comparisonGroup, String period, String source, boolean expected,
                         @Schema(description = "ISO 8601 date") String followUp) {

        static Result of(CaseResult result) {
            LocalDate followUp = result.followUp();
            return new Result(result.metric(), result.unit(), result.baseline(), result.target(), result.result(),
                    result.comparisonGroup(), result.period(), result.source(), result.expected(),
                    followUp == null ? null : followUp.toString());
        }
    }

    @Schema(description = "The contact person: their role, and their name only when they chose to be public")
    public record Contact(String role, String name) {

        static Contact of(CaseContact contact) {
            return contact == null ? null : new Contact(contact.role(), contact.name());
        }
    }

    @Schema(description = "A workplace's reuse of the case (what it changed: /api/v1/adoptions)")
    public record Adoption(long id, CaseItem.OrganisationRef organisation,
                           @Schema(allowableValues = {"copied", "adapted", "inspired"}) String kind,
                           @Schema(description = "Month from which (YYYY-MM)", example = "2024-03")
                           String adoptedIn) {

        static Adoption of(CaseSpreading.Adopter adopter) {
            return new Adoption(adopter.id().value(), new CaseItem.OrganisationRef(adopter.organisation().id().value(),
                    adopter.organisation().name()), ApiValues.code(adopter.kind()), adopter.adoptedIn().toString());
        }
    }

    public record Lineage(List<Long> from, List<Long> onward) {
    }
}
