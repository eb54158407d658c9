package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormScreen;
import dk.coi.portal.ideastorm.StormService;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The storm list and the storm pages for readers who are not signed in, server-rendered from the same read models
 * as the Vaadin views at the same addresses; signed-in people get those views.
 */
@PublicPages
class StormPages {

    private final StormService storms;
    private final PageFrames frames;
    private final PublicResponses responses;

    StormPages(StormService storms, PageFrames frames, PublicResponses responses) {
        this.storms = storms;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + StormRoutes.LIST)
    ResponseEntity<byte[]> list(@RequestParam(name = StormRoutes.CONCLUDED_PAGE, required = false) String page,
                                HttpServletRequest request) {
        int concludedPage = StormRoutes.concludedPageOf(page);
        PageFrame frame = frames.translatedPage(request, "nav.ideastorms", "ideastorm.list.intro",
                StormRoutes.concludedPage(concludedPage));
        return responses.page(request, "ideastorm/list.jte",
                Map.of("frame", frame, "storms", storms.storms(concludedPage)));
    }

    /**
     * A storm; its number with other words than its title's (or none) is sent on to its address, so that each storm
     * is found at one address. An unknown storm answers 404 with the portal's page.
     */
    @GetMapping("/" + StormRoutes.LIST + "/{segment:" + StormRoutes.STORM_SEGMENT + "}")
    ResponseEntity<byte[]> storm(@PathVariable String segment, HttpServletRequest request) {
        Optional<StormScreen> screen = StormRoutes.idOf(segment).flatMap(storms::screen);
        if (screen.isEmpty()) {
            return responses.notFound(request);
        }
        String path = screen.get().path();
        if (!path.equals(StormRoutes.LIST + "/" + segment)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + path)).build();
        }
        PageFrame frame = frames.page(request, screen.get().storm().title(),
                PageFrames.description(screen.get().storm().question()), path);
        return responses.page(request, "ideastorm/storm.jte", Map.of("frame", frame, "screen", screen.get()));
    }
}
