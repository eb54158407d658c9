package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormResultsService;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A storm's published results for readers who are not signed in (before publication there is nothing here for
 * them: 404); signed-in people get the Vaadin view at the same address, staff with a preview before publication.
 */
@PublicPages
class StormResultsPage {

    private final StormResultsService results;
    private final PageFrames frames;
    private final PublicResponses responses;

    StormResultsPage(StormResultsService results, PageFrames frames, PublicResponses responses) {
        this.results = results;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + StormRoutes.LIST + "/{segment:" + StormRoutes.STORM_SEGMENT + "}/" + StormRoutes.RESULTS)
    ResponseEntity<byte[]> results(@PathVariable String segment, HttpServletRequest request) {
        Optional<StormResults> found = StormRoutes.idOf(segment).flatMap(results::results);
        if (found.isEmpty()) {
            return responses.notFound(request);
        }
        StormResults shown = found.get();
        if (!shown.path().equals(StormRoutes.LIST + "/" + segment + "/" + StormRoutes.RESULTS)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + shown.path())).build();
        }
        PageFrame frame = frames.page(request, frames.text(request, "ideastorm.results.title", shown.title()),
                PageFrames.description(frames.text(request, "ideastorm.results.description", shown.title(),
                        shown.question())), shown.path()).withScript(ResultsChart.ELEMENT_SCRIPT);
        return responses.page(request, "ideastorm/results.jte", Map.of("frame", frame, "results", shown));
    }
}
