package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.SpreadingOverview;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landscape's spreading page for readers who are not signed in (the Vaadin view at the address,
 * {@code ui.SpreadingView}, shows the same, with the same ids): the most reused cases, the map of spreading between
 * municipalities and its list alternatives.
 */
@PublicPages
class SpreadingPages {

    private final Adoptions adoptions;
    private final DenmarkMaps maps;
    private final PageFrames frames;
    private final PublicResponses responses;

    SpreadingPages(Adoptions adoptions, DenmarkMaps maps, PageFrames frames, PublicResponses responses) {
        this.adoptions = adoptions;
        this.maps = maps;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + AdoptionRoutes.SPREADING)
    ResponseEntity<byte[]> spreading(HttpServletRequest request) {
        PageFrame frame = frames.translatedPage(request, "landscape.spreading.title", "landscape.spreading.intro",
                AdoptionRoutes.SPREADING).withScript(DenmarkMaps.ELEMENT_SCRIPT);
        SpreadingOverview overview = adoptions.overview();
        return responses.page(request, "landscape/spreadingOverview.jte", Map.of("frame", frame, "overview", overview,
                "map", SpreadingMap.element(maps, overview, frame.locale(), frame.asset(DenmarkMaps.OUTLINE)),
                "lines", SpreadingMap.lines(overview)));
    }
}
