package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.Region;
import dk.coi.portal.shared.PortalAddress;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document ({@code /v3/api-docs}, springdoc; only {@code /api/v1/**} is in it): who offers the data
 * under which licence, every parameter with the values it takes (the catalogue's facets' values, the register's
 * municipality and region codes, read when the document is first asked for), and the problem details of 400, 404 and
 * 429. The parameters are added here rather than declared on the controllers, which read the raw query to refuse
 * unknown parameters, so that their allowed values come from the same enums the catalogue reads.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String LIST_CASES = "listCases";
    static final String GET_CASE = "getCase";
    static final String DOWNLOAD_CSV = "downloadCasesCsv";
    static final String DOWNLOAD_JSON = "downloadCasesJson";
    static final String LIST_ORGANISATIONS = "listOrganisations";
    /** The register's filters, named as the catalogue's. */
    static final String LEVEL = CaseFacet.LEVEL.parameter();
    static final String MUNICIPALITY = CaseFacet.MUNICIPALITY.parameter();
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    private static final Set<String> CATALOGUE = Set.of(LIST_CASES, DOWNLOAD_CSV, DOWNLOAD_JSON);
    private static final Set<String> PAGED = Set.of(LIST_CASES, "listAdoptions", LIST_ORGANISATIONS);
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final Map<CaseFacet, String> FACETS = Map.of(
            CaseFacet.SECTOR, "Sector",
            CaseFacet.LEVEL, "Government level of the case's organisation",
            CaseFacet.REGION, "Region the case's organisation lies in (official code)",
            CaseFacet.MUNICIPALITY, "Municipality the case's organisation lies in (official code)",
            CaseFacet.STAGE, "Stage",
            CaseFacet.TYPE, "Innovation type",
            CaseFacet.EVIDENCE, "Evidence level",
            CaseFacet.NOVELTY, "Novelty (first of its kind, adapted, copied)",
            CaseFacet.YEAR, "Year the case started",
            CaseFacet.TAG, "Tag, as written on cases");

    @Bean
    OpenAPI openDataDocument(PortalAddress address, @Value("${portal.contact.email}") String contactEmail,
                             @Value("${portal.opendata.requests-per-minute}") int requestsPerMinute,
                             @Value("${portal.opendata.downloads-per-minute}") int downloadsPerMinute) {
        return new OpenAPI()
                .info(new Info()
                        .title("Innovationsportalen – open data")
                        .version("1")
                        .description("""
                                The public innovation landscape of Danish public sector as open data: published \
                                innovation cases with their qualification (effect, process, conditions, \
                                documentation), evidence level and structured results, their reuse between \
                                workplaces, and the register of public workplaces. Read-only, no sign-in, no \
                                personal data (a contact person appears by role, and by name only when they chose to \
                                be public). Lists take the catalogue's filters exactly as the catalogue page's \
                                address (/landskab) writes them, and are paged: side (1 the first) and antal (1–100, \
                                default 50); paging reaches the first 10 000 results, as do the downloads. Any \
                                problem of an address (an unknown parameter or value, a page size over the limit, a \
                                page past the last) answers 400 with every problem listed, never a partial answer. \
                                Each client address may make %d requests a minute, %d of them downloads \
                                (RateLimit-* headers; 429 with Retry-After past it). Answers may be cached for a minute and carry an ETag. \
                                Problems are RFC 9457 problem details in Danish or English (Accept-Language)."""
                                .formatted(requestsPerMinute, downloadsPerMinute))
                        .license(new License().name("CC BY 4.0").url(LICENCE_URL))
                        .contact(new Contact().name("Center for Offentlig Innovation (COI)").email(contactEmail)
                                .url(address.link(""))))
                .servers(List.of(new Server().url(address.link("")).description("Innovationsportalen")));
    }

    /**
     * The catalogue's and paging's parameters, the problems every operation may answer with, and as the example of a
     * case's number the newest published case's, so the example address of a case answers (when the document is built).
     */
    @Bean
    OpenApiCustomizer openDataParameters(OrganisationService organisations, CaseService cases) {
        return document -> {
            cases.publishedCards().stream().findFirst().ifPresent(newest -> document.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .filter(operation -> GET_CASE.equals(operation.getOperationId()))
                    .flatMap(operation -> operation.getParameters().stream())
                    .filter(parameter -> "path".equals(parameter.getIn()))
                    .forEach(parameter -> parameter.example(Long.toString(newest.id().value()))));
            document.getComponents().addSchemas(PROBLEM_SCHEMA, ModelConverters.getInstance()
                    .readAllAsResolvedSchema(Problem.class).schema);
            document.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (CATALOGUE.contains(operation.getOperationId())) {
                    catalogueParameters(organisations).forEach(operation::addParametersItem);
                }
                if (PAGED.contains(operation.getOperationId())) {
                    operation.addParametersItem(query(ApiRoutes.PAGE, "The page, 1 the first (default 1)",
                            new IntegerSchema().minimum(BigDecimal.ONE)._default(1)));
                    operation.addParametersItem(query(ApiRoutes.SIZE, "Items a page (default 50, at most 100)",
                            new IntegerSchema().minimum(BigDecimal.ONE)
                                    .maximum(BigDecimal.valueOf(ApiQuery.MAX_SIZE))
                                    ._default(ApiQuery.DEFAULT_SIZE)));
                }
                if (LIST_ORGANISATIONS.equals(operation.getOperationId())) {
                    operation.addParametersItem(query(LEVEL, "Only organisations of this government level",
                            values(CaseFacet.LEVEL.constants())));
                    operation.addParametersItem(query(MUNICIPALITY, "Only organisations located in this "
                            + "municipality (official code)", codes(() -> organisations.municipalities().stream()
                            .map(Municipality::code).toList())));
                }
                problems(operation);
            }));
        };
    }

    private static List<Parameter> catalogueParameters(OrganisationService organisations) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query(CaseSearch.TEXT, "Words to search for (Danish full text; all must match)",
                new StringSchema().maxLength(CaseFilter.MAX_TEXT_LENGTH)));
        for (CaseFacet facet : CaseFacet.values()) {
            parameters.add(query(facet.parameter(), FACETS.get(facet) + ". Repeat for several values (any of them "
                    + "matches, at most " + CaseSearch.MAX_VALUES + "); different filters narrow each other.",
                    new ArraySchema().items(values(facet, organisations))).explode(true));
        }
        parameters.add(query(CaseSearch.SORT, "Order: relevans (words' relevance; the default with words), "
                + "nyeste (newest published first; the default without words), mest-genbrugt (most reused first)",
                new StringSchema()._enum(Arrays.stream(CaseSort.values()).map(CaseSort::parameter).toList())));
        return parameters;
    }

    private static io.swagger.v3.oas.models.media.Schema<?> values(CaseFacet facet,
                                                                    OrganisationService organisations) {
        return switch (facet) {
            case REGION -> codes(() -> organisations.regions().stream().map(Region::code).toList());
            case MUNICIPALITY -> codes(() -> organisations.municipalities().stream().map(Municipality::code).toList());
            case YEAR -> new IntegerSchema().minimum(BigDecimal.valueOf(CaseFacet.FIRST_YEAR))
                    .maximum(BigDecimal.valueOf(CaseFacet.LAST_YEAR));
            case TAG -> new StringSchema().maxLength(CaseFacet.MAX_TAG_LENGTH);
            default -> values(facet.constants());
        };
    }

    private static Parameter query(String name, String description, io.swagger.v3.oas.models.media.Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }

    private static StringSchema values(List<Enum<?>> constants) {
        StringSchema schema = new StringSchema();
        constants.stream().map(CaseFacet::value).forEach(schema::addEnumItem);
        return schema;
    }

    private static IntegerSchema codes(Supplier<List<Integer>> codes) {
        IntegerSchema schema = new IntegerSchema();
        codes.get().stream().sorted().map(Number.class::cast).forEach(schema::addEnumItem);
        return schema;
    }

    private static void problems(Operation operation) {
        Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref(
                        "#/components/schemas/" + PROBLEM_SCHEMA)));
        operation.getResponses().addApiResponse("400", new ApiResponse().description(
                "The address has problems (listed under errors); nothing is answered").content(problem));
        operation.getResponses().addApiResponse("429", new ApiResponse().description(
                "Too many requests from this client; wait the seconds Retry-After names").content(problem));
        operation.getResponses().addApiResponse("405", new ApiResponse().description(
                "A method other than GET (or HEAD); Allow names the methods answered").content(problem));
        operation.getResponses().addApiResponse("406", new ApiResponse().description(
                "The client accepts none of the formats the address answers in").content(problem));
        operation.getResponses().addApiResponse("500", new ApiResponse().description(
                "An unexpected error, recorded by the portal; try again later").content(problem));
        operation.getResponses().addApiResponse("503", new ApiResponse().description(
                "Busy (as many downloads as are made at once); wait the seconds Retry-After names").content(problem));
    }

    /** An RFC 9457 problem detail as the API writes it, for the document's schema. */
    @Schema(name = PROBLEM_SCHEMA, description = "An RFC 9457 problem detail, its texts in Danish or English "
            + "(Accept-Language)")
    record Problem(@Schema(example = "about:blank") String type,
                   @Schema(example = "Forespørgslen kan ikke besvares") String title,
                   @Schema(example = "400") int status,
                   String detail,
                   @Schema(example = "/api/v1/cases") String instance,
                   @Schema(description = "Each problem of the address (400 only)") List<Error> errors) {

        @Schema(name = "ProblemError")
        record Error(@Schema(description = "A stable code: unknown-parameter, bad-value, repeated, "
                + "too-many-values, text-too-long, size-too-large, past-the-end, beyond-reach, bad-case-number",
                example = "bad-value") String code,
                     @Schema(example = "En parameter har en ugyldig værdi: kommune=999. "
                             + "Angiv en kommunekode fra registret, fx 101.") String message) {
        }
    }
}
