package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormResultsService;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.web.ExcelCsv;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A storm's results as CSV and JSON files ({@link ResultsExports}), for everyone once they are published and for
 * staff before (signed in or not, the same controller answers: a file has no Vaadin view). A storm whose results
 * the visitor may not see answers 404, as its page does.
 */
@Controller
class StormResultsDownloads {

    private static final String RESULTS = "/" + StormRoutes.LIST + "/{segment:" + StormRoutes.STORM_SEGMENT + "}/"
            + StormRoutes.RESULTS;

    private final StormResultsService results;
    private final ResultsExports exports;
    private final PublicResponses responses;

    StormResultsDownloads(StormResultsService results, ResultsExports exports, PublicResponses responses) {
        this.results = results;
        this.exports = exports;
        this.responses = responses;
    }

    @GetMapping(RESULTS + StormRoutes.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String segment, HttpServletRequest request) {
        StormResults shown = find(segment);
        return responses.download(request, ExcelCsv.TYPE, exports.csv(shown, PageFrames.localeOf(request)),
                shown.fileName(StormRoutes.CSV), shown.published());
    }

    @GetMapping(RESULTS + StormRoutes.JSON)
    ResponseEntity<byte[]> json(@PathVariable String segment, HttpServletRequest request) {
        StormResults shown = find(segment);
        return responses.download(request, MediaType.APPLICATION_JSON, exports.json(shown),
                shown.fileName(StormRoutes.JSON), shown.published());
    }

    private StormResults find(String segment) {
        return StormRoutes.idOf(segment).flatMap(results::results)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
