package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseHits;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.shared.web.ExcelCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import dk.coi.portal.shared.Phrase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case a catalogue search finds (at most {@value ApiQuery#MAX_REACH}, in its order) as a file to save: CSV for a
 * spreadsheet ({@link ExcelCsv}, one line per case, tags joined by " | ") and JSON for programs (the list's items).
 * The catalogue page links here with its own query string; its page ({@code side}) is ignored, as a file holds all.
 * Headings are the JSON's field names (the organisation's id and name in two columns) and values its codes, so both files read alike in any language.
 */
@RestController
@Tag(name = "Downloads", description = "Every case of a catalogue search as a file")
class CaseDownloads {

    static final String FILE_NAME = "innovationscases";
    private static final List<String> HEADINGS = List.of("id", "title", "summary", "organisationId",
            "organisation", "level", "municipalityCode", "sector", "stage", "innovationType", "novelty",
            "evidenceLevel", "yearStarted", "tags", "publishedAt", "confirmedAt", "url");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration RETRY_WHEN_BUSY = Duration.ofSeconds(10);

    private final CaseCatalogue catalogue;
    private final OpenDataApi api;
    private final ApiLinks links;
    /** Downloads made at once on this node: each may hold thousands of cases with their long texts in memory. */
    private final Semaphore running;

    CaseDownloads(CaseCatalogue catalogue, OpenDataApi api, ApiLinks links,
                  @Value("${portal.opendata.concurrent-downloads}") int concurrentDownloads) {
        this.catalogue = catalogue;
        this.api = api;
        this.links = links;
        this.running = new Semaphore(concurrentDownloads);
    }

    @GetMapping(ApiRoutes.CASES_CSV)
    @Operation(operationId = OpenApiDocument.DOWNLOAD_CSV, summary = "Every case of a catalogue search as CSV",
            description = "UTF-8 with a byte order mark, semicolon-separated, one line per case (at most 10 000; a search finding more answers 400), "
                    + "headings the field names of CaseItem (the organisation as organisationId and organisation); tags joined by \" | \".")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(HttpServletRequest request) {
        List<List<Object>> rows = items(request).stream().map(CaseDownloads::row).toList();
        return file(ExcelCsv.TYPE, ExcelCsv.write(HEADINGS, rows), ".csv");
    }

    @GetMapping(ApiRoutes.CASES_JSON)
    @Operation(operationId = OpenApiDocument.DOWNLOAD_JSON, summary = "Every case of a catalogue search as JSON",
            description = "An array of CaseItem (at most 10 000; a search finding more answers 400).")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(
                    implementation = CaseItem.class))))
    ResponseEntity<byte[]> json(HttpServletRequest request) {
        return file(MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(items(request)), ".json");
    }

    /**
     * The search's cases, refused whole when they are more than a file holds (rather than a file silently cut short),
     * and when as many downloads are being made as the node serves at once.
     */
    private List<CaseItem> items(HttpServletRequest request) {
        ApiQuery query = ApiQuery.of(request);
        CaseSearch search = api.search(query).onPage(0);
        if (!running.tryAcquire()) {
            throw ApiRequestException.busy(Phrase.of("opendata.problem.downloads-busy"), RETRY_WHEN_BUSY);
        }
        try {
            CaseHits hits = catalogue.hits(search, 0, ApiQuery.MAX_REACH);
            if (hits.total() > ApiQuery.MAX_REACH) {
                throw ApiRequestException.badRequest(List.of(Phrase.of("opendata.problem.too-many-for-download",
                        hits.total(), ApiQuery.MAX_REACH)));
            }
            return hits.cards().stream().map(card -> CaseItem.of(card, links)).toList();
        } finally {
            running.release();
        }
    }

    private static List<Object> row(CaseItem item) {
        return Arrays.asList(item.id(), item.title(), item.summary(), item.organisation().id(),
                item.organisation().name(), item.level(), item.municipalityCode(), item.sector(), item.stage(),
                item.innovationType(), item.novelty(), item.evidenceLevel(), item.yearStarted(),
                String.join(" | ", item.tags()), item.publishedAt(), item.confirmedAt(), item.url());
    }

    private static ResponseEntity<byte[]> file(MediaType type, byte[] body, String extension) {
        return ResponseEntity.ok().cacheControl(OpenDataApi.CACHING).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(FILE_NAME + extension, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
