package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseHits;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseScreen;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.landscape.PublishedAdoptions;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationType;
import dk.coi.portal.organisation.RegisteredOrganisations;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.web.OpenDataAddresses;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data API's JSON lists and the case with everything public. Every request is read whole before anything is
 * looked up: any problem of its address answers 400 with all of them ({@link ApiQuery}). Answers may be kept a minute
 * by any cache (and revalidated by their ETag).
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open data", description = "Published innovation cases, their reuse, and the register of organisations")
class OpenDataApi {

    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    /** The most digits a number may have and still fit a case's number (a long). */
    private static final int MAX_CASE_NUMBER_DIGITS = 18;

    private final CaseCatalogue catalogue;
    private final CaseService cases;
    private final Adoptions adoptions;
    private final OrganisationService organisations;
    private final ApiLinks links;

    OpenDataApi(CaseCatalogue catalogue, CaseService cases, Adoptions adoptions, OrganisationService organisations,
                ApiLinks links) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.adoptions = adoptions;
        this.organisations = organisations;
        this.links = links;
    }

    /** The API's root, its {@code dcat:endpointURL}: where its lists and its description are. */
    @GetMapping(ApiRoutes.BASE)
    @Operation(operationId = "index", summary = "The API's lists and its OpenAPI document")
    ResponseEntity<Map<String, String>> index(HttpServletRequest request) {
        ApiQuery.of(request).refuseIfProblems();
        Map<String, String> index = new LinkedHashMap<>();
        index.put("cases", links.link(ApiRoutes.CASES));
        index.put("adoptions", links.link(ApiRoutes.ADOPTIONS));
        index.put("organisations", links.link(ApiRoutes.ORGANISATIONS));
        index.put("openapi", links.link(OpenDataAddresses.API_DOCUMENT));
        return ResponseEntity.ok().cacheControl(CACHING).body(index);
    }

    @GetMapping(ApiRoutes.CASES)
    @Operation(operationId = OpenApiDocument.LIST_CASES, summary = "Published cases of a catalogue search",
            description = "The catalogue's filters and order exactly as the catalogue page's address takes them "
                    + "(a query string of /landskab works here unchanged), a page at a time.")
    ResponseEntity<ApiPage<CaseItem>> cases(HttpServletRequest request) {
        ApiQuery query = ApiQuery.of(request);
        int size = query.size();
        CaseSearch search = search(query);
        ApiQuery.refuseBeyondReach(search.page(), size);
        CaseHits hits = catalogue.hits(search, search.page() * size, size);
        ApiQuery.refusePastTheEnd(search.page(), size, hits.total());
        return ResponseEntity.ok().cacheControl(CACHING).body(links.page(ApiRoutes.CASES.substring(1),
                hits.cards().stream().map(card -> CaseItem.of(card, links)).toList(), search.page(), size,
                hits.total(), page -> search.onPage(page).parameters()));
    }

    /** The catalogue's search an API address holds; refused with every problem when any. */
    CaseSearch search(ApiQuery query) {
        CaseSearch.Parsed parsed = catalogue.parse(query.takeRest());
        query.addCatalogueProblems(parsed.problems());
        query.refuseIfProblems();
        return parsed.search();
    }

    @GetMapping(ApiRoutes.CASE)
    @Operation(operationId = OpenApiDocument.GET_CASE, summary = "A published case with everything public")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No published case has this number",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = OpenApiDocument.Problem.class)))
    ResponseEntity<CaseDetails> kase(@Parameter(description = "The case's number")
                                     @PathVariable String id, HttpServletRequest request) {
        ApiQuery query = ApiQuery.of(request);
        if (!id.matches("\\d+")) {
            query.add(Phrase.of("opendata.problem.bad-case-number", ApiQuery.shown(id)));
        }
        query.refuseIfProblems();
        // A number longer than any case's has no case, as any other number without one.
        Optional<CaseId> number = id.length() <= MAX_CASE_NUMBER_DIGITS ? Optional.of(CaseId.of(Long.parseLong(id)))
                : Optional.empty();
        ApiRequestException notFound = ApiRequestException.notFound(Phrase.of("opendata.problem.no-case",
                ApiQuery.shown(id)));
        CaseScreen screen = number.flatMap(cases::screen).filter(found -> found.status() == CaseStatus.PUBLISHED)
                .orElseThrow(() -> notFound);
        // Unpublished between the two look-ups: as not found, as it is now.
        return ResponseEntity.ok().cacheControl(CACHING).body(CaseDetails.of(screen,
                adoptions.spreading(screen.id()).orElseThrow(() -> notFound), links));
    }

    @GetMapping(ApiRoutes.ADOPTIONS)
    @Operation(operationId = "listAdoptions", summary = "Reuses of published cases",
            description = "Every workplace's reuse of a published case, in the order they were recorded.")
    ResponseEntity<ApiPage<AdoptionItem>> adoptions(HttpServletRequest request) {
        ApiQuery query = ApiQuery.of(request);
        int size = query.size();
        int page = query.page();
        query.refuseIfProblems();
        ApiQuery.refuseBeyondReach(page, size);
        PublishedAdoptions found = adoptions.published(page, size);
        ApiQuery.refusePastTheEnd(page, size, found.total());
        return ResponseEntity.ok().cacheControl(CACHING).body(links.page(ApiRoutes.ADOPTIONS.substring(1),
                found.adoptions().stream().map(adoption -> AdoptionItem.of(adoption, links)).toList(), page, size,
                found.total(), ignored -> Map.of()));
    }

    @GetMapping(ApiRoutes.ORGANISATIONS)
    @Operation(operationId = OpenApiDocument.LIST_ORGANISATIONS, summary = "The register of public workplaces",
            description = "Municipalities, regions, state bodies, other organisations and their units, in the order "
                    + "they were added, optionally of one government level and/or located in one municipality.")
    ResponseEntity<ApiPage<OrganisationItem>> organisations(HttpServletRequest request) {
        ApiQuery query = ApiQuery.of(request);
        int size = query.size();
        int page = query.page();
        String levelValue = query.single(OpenApiDocument.LEVEL);
        OrganisationType level = levelValue == null ? null : Arrays.stream(OrganisationType.values())
                .filter(type -> ApiValues.code(type).equals(levelValue)).findFirst().orElse(null);
        if (levelValue != null && level == null) {
            query.add(ApiQuery.badValue(OpenApiDocument.LEVEL, levelValue));
        }
        String municipalityValue = query.single(OpenApiDocument.MUNICIPALITY);
        Integer municipality = municipalityValue == null ? null : organisations.municipalities().stream()
                .map(Municipality::code).filter(code -> Integer.toString(code).equals(municipalityValue))
                .findFirst().orElse(null);
        if (municipalityValue != null && municipality == null) {
            query.add(ApiQuery.badValue(OpenApiDocument.MUNICIPALITY, municipalityValue));
        }
        query.refuseIfProblems();
        ApiQuery.refuseBeyondReach(page, size);
        RegisteredOrganisations found = organisations.register(level, municipality, page, size);
        ApiQuery.refusePastTheEnd(page, size, found.total());
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (level != null) {
            filters.put(OpenApiDocument.LEVEL, List.of(levelValue));
        }
        if (municipality != null) {
            filters.put(OpenApiDocument.MUNICIPALITY, List.of(Integer.toString(municipality)));
        }
        return ResponseEntity.ok().cacheControl(CACHING).body(links.page(ApiRoutes.ORGANISATIONS.substring(1),
                found.organisations().stream().map(organisation -> OrganisationItem.of(organisation, links))
                        .toList(), page, size, found.total(), ignored -> filters));
    }

    /** Any other address under the API is not found, as a problem detail (not the portal's page for people). */
    @Hidden
    @GetMapping("/api/**")
    ResponseEntity<Void> unknown(HttpServletRequest request) {
        throw ApiRequestException.notFound(Phrase.of("opendata.problem.no-address"));
    }
}
