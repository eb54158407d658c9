package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseHitIds;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.ExcelCsv;
import dk.coi.portal.shared.web.PageFrames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case a catalogue search finds (at most {@value ApiQuery#MAX_REACH}, in its order) as a file to save: CSV for a
 * spreadsheet ({@link ExcelCsv}, one line per case, tags joined by " | ") and JSON for programs (the list's items).
 * The catalogue page links here with its own query string; its page ({@code side}) is ignored, as a file holds all.
 * The CSV is for people with a spreadsheet: its columns are the JSON's fields in their order (the organisation's id and
 * name in two columns, the municipality's name beside its code, beside each coded value its label), headed in the
 * reader's language as the portal's pages are (its language choice, Danish unless English was chosen); its values are
 * the JSON's codes, so a value can be put back in a query whatever the language. The file is written as it is read:
 * the search's numbers in one read of the index, then the cases {@code portal.opendata.download-chunk} at a time, so
 * that a download never holds thousands of cases.
 */
@RestController
@Tag(name = "Downloads", description = "Every case of a catalogue search as a file")
class CaseDownloads {

    static final String FILE_NAME = "innovationscases";
    private static final ContentNegotiationStrategy ACCEPT = new HeaderContentNegotiationStrategy();
    /** The CSV's columns, each headed by its translation ({@code opendata.csv.<column>}) in the reader's language. */
    private static final List<String> COLUMNS = List.of("id", "title", "summary", "organisationId",
            "organisation", "level", "levelLabel", "municipalityCode", "municipality", "sector", "sectorLabel",
            "stage", "stageLabel", "innovationType", "innovationTypeLabel", "novelty", "noveltyLabel", "evidenceLevel",
            "evidenceLevelLabel", "yearStarted", "tags", "publishedAt", "confirmedAt", "url");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration RETRY_WHEN_BUSY = Duration.ofSeconds(10);

    private final CaseCatalogue catalogue;
    private final OpenDataApi api;
    private final ApiLinks links;
    private final Texts texts;
    private final OrganisationService organisations;
    private final int chunk;
    /** Downloads made at once on this node: each holds a connection to a client for as long as it reads. */
    private final Semaphore running;
    /** The clients ({@link ApiRateLimit#client}) downloading now: one download at a time each. */
    private final Set<String> downloading = ConcurrentHashMap.newKeySet();
    /**
     * How long a download may take in all, so that slow clients cannot hold every download for long. Checked between
     * cases: a write to a client that reads nothing is ended by the server's own timeout.
     */
    private final Duration timeLimit;

    CaseDownloads(CaseCatalogue catalogue, OpenDataApi api, ApiLinks links, Texts texts,
                  OrganisationService organisations,
                  @Value("${portal.opendata.concurrent-downloads}") int concurrentDownloads,
                  @Value("${portal.opendata.download-chunk}") int chunk,
                  @Value("${portal.opendata.download-time-limit}") Duration timeLimit) {
        this.catalogue = catalogue;
        this.api = api;
        this.links = links;
        this.texts = texts;
        this.organisations = organisations;
        this.chunk = chunk;
        this.timeLimit = timeLimit;
        this.running = new Semaphore(concurrentDownloads);
    }

    @GetMapping(ApiRoutes.CASES_CSV)
    @Operation(operationId = OpenApiDocument.DOWNLOAD_CSV, summary = "Every case of a catalogue search as CSV",
            description = "UTF-8 with a byte order mark, semicolon-separated, one line per case (at most 10 000; a "
                    + "search finding more answers 400). Its columns are the fields of CaseItem in their order (the "
                    + "organisation as its id and name, the municipality's name beside its code, each coded field "
                    + "followed by its label), headed in the portal's language (Danish unless the portal-lang cookie "
                    + "chose English, as on the portal's pages), labels in the same; tags joined by \" | \".")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    void csv(HttpServletRequest request, HttpServletResponse response)
            throws IOException, HttpMediaTypeNotAcceptableException {
        // The portal's language choice, as its pages and the catalogue that links here read it (decision 019).
        Locale language = PageFrames.localeOf(request);
        download(request, response, ExcelCsv.TYPE, ".csv", out -> {
            // Opened before anything is sent, so after the refusals (406, 429, 503) and while headers may be added.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
            Map<Integer, String> municipalities = organisations.municipalities().stream()
                    .collect(Collectors.toMap(Municipality::code, Municipality::name));
            ExcelCsv.Rows rows = ExcelCsv.rows(out, COLUMNS.stream()
                    .map(column -> texts.get(language, "opendata.csv." + column)).toList());
            return new CaseFile() {
                @Override
                public void add(CaseCard card) throws IOException {
                    rows.add(row(card, language, municipalities));
                }

                @Override
                public void close() throws IOException {
                    rows.close();
                }
            };
        });
    }

    @GetMapping(ApiRoutes.CASES_JSON)
    @Operation(operationId = OpenApiDocument.DOWNLOAD_JSON, summary = "Every case of a catalogue search as JSON",
            description = "An array of CaseItem (at most 10 000; a search finding more answers 400).")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(
                    implementation = CaseItem.class))))
    void json(HttpServletRequest request, HttpServletResponse response)
            throws IOException, HttpMediaTypeNotAcceptableException {
        download(request, response, MediaType.APPLICATION_JSON, ".json", out -> {
            // Flushed as its buffer fills, not after each case (the writer's default), which sends a chunk a case.
            SequenceWriter items = JSON.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                    .writeValuesAsArray(out);
            return new CaseFile() {
                @Override
                public void add(CaseCard card) {
                    items.write(CaseItem.of(card, links));
                }

                @Override
                public void close() {
                    items.close();
                }
            };
        });
    }

    /**
     * Writes the search's cases as a file, refused whole when they are more than a file holds (rather than a file
     * silently cut short), when this client is downloading already, and when as many downloads are being made as the
     * node serves at once. A case unpublished while the file is written is left out. The file is finished only when
     * every case is written: a failure part-way, or a download past its time limit, ends the connection unfinished.
     */
    private void download(HttpServletRequest request, HttpServletResponse response, MediaType type, String extension,
                          FileFormat format) throws IOException, HttpMediaTypeNotAcceptableException {
        refuseUnlessAccepted(request, type);
        CaseSearch search = api.search(ApiQuery.of(request)).onPage(0);
        String client = ApiRateLimit.client(request.getRemoteAddr());
        if (!downloading.add(client)) {
            throw ApiRequestException.tooMany(Phrase.of("opendata.problem.download-running"), RETRY_WHEN_BUSY);
        }
        try {
            if (!running.tryAcquire()) {
                throw ApiRequestException.busy(Phrase.of("opendata.problem.downloads-busy"), RETRY_WHEN_BUSY);
            }
            try {
                write(request, response, type, extension, format, search);
            } finally {
                running.release();
            }
        } finally {
            downloading.remove(client);
        }
    }

    /**
     * A download's format is its address's: an {@code Accept} that excludes it is a 406 problem, as for the API's lists
     * (decision 019). Checked here, not by a mapping's {@code produces}: the API's catch-all would answer 404 instead.
     */
    private static void refuseUnlessAccepted(HttpServletRequest request, MediaType type)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> answered = List.of(new MediaType(type.getType(), type.getSubtype()));
        List<MediaType> accepted;
        try {
            accepted = ACCEPT.resolveMediaTypes(new ServletWebRequest(request));
        } catch (HttpMediaTypeNotAcceptableException unreadable) {
            // An Accept that cannot be read ("foo") is refused naming nothing; the problem names the file's format.
            throw new HttpMediaTypeNotAcceptableException(answered);
        }
        if (accepted.stream().noneMatch(media -> media.getQualityValue() > 0 && media.isCompatibleWith(type))) {
            throw new HttpMediaTypeNotAcceptableException(answered);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, MediaType type, String extension,
                       FileFormat format, CaseSearch search) throws IOException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        CaseHitIds found = catalogue.hitIds(search, ApiQuery.MAX_REACH);
        if (found.total() > ApiQuery.MAX_REACH) {
            throw ApiRequestException.badRequest(List.of(Phrase.of("opendata.problem.too-many-for-download",
                    found.total(), ApiQuery.MAX_REACH)));
        }
        // Written as read: an ETag would need the whole file first.
        ShallowEtagHeaderFilter.disableContentCaching(request);
        // Cached publicly: an Accept that excludes the file's format gets a 406 instead.
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, OpenDataApi.CACHING.getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(FILE_NAME + extension, StandardCharsets.UTF_8).build().toString());
        // Not closed on a failure: closing would end the file as if whole.
        CaseFile file = format.open(response.getOutputStream());
        for (int from = 0; from < found.ids().size(); from += chunk) {
            for (CaseCard card : catalogue.publishedCards(found.ids().subList(from,
                    Math.min(from + chunk, found.ids().size())))) {
                if (System.nanoTime() - deadline > 0) {
                    throw ApiRequestException.busy(Phrase.of("opendata.problem.download-too-slow",
                            timeLimit.toMinutes()), RETRY_WHEN_BUSY);
                }
                file.add(card);
            }
        }
        file.close();
    }

    private List<Object> row(CaseCard card, Locale language, Map<Integer, String> municipalities) {
        CaseItem item = CaseItem.of(card, links);
        return Arrays.asList(item.id(), item.title(), item.summary(), item.organisation().id(),
                item.organisation().name(), item.level(), label(card.level(), language), item.municipalityCode(),
                item.municipalityCode() == null ? null : municipalities.get(item.municipalityCode()),
                item.sector(), label(card.sector(), language), item.stage(), label(card.stage(), language),
                item.innovationType(), label(card.innovationType(), language), item.novelty(),
                label(card.novelty(), language), item.evidenceLevel(), label(card.evidenceLevel(), language),
                item.yearStarted(), String.join(" | ", item.tags()), item.publishedAt(), item.confirmedAt(),
                item.url());
    }

    /** A coded value's name as the catalogue shows it in the language given. */
    private String label(Enum<?> value, Locale language) {
        String key = CaseFacet.labelKey(value);
        return key == null ? null : texts.get(language, key);
    }

    /** A file being written, a case at a time. */
    private interface CaseFile extends Closeable {

        void add(CaseCard card) throws IOException;
    }

    /** How a file is written to the answer. */
    private interface FileFormat {

        CaseFile open(OutputStream out) throws IOException;
    }
}
