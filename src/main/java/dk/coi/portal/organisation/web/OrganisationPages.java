package dk.coi.portal.organisation.web;

import dk.coi.portal.organisation.OrganisationList;
import dk.coi.portal.organisation.OrganisationPage;
import dk.coi.portal.organisation.OrganisationQuery;
import dk.coi.portal.organisation.InnovationUnitMap;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.map.DenmarkMaps;
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
 * The list of organisations (searched by name, filtered by kind and region, a page at a time, all in its address),
 * an organisation's page and the list of innovation units for readers who are not signed in, from the same read
 * models as the Vaadin views at the same addresses. An organisation found at another address (its number alone,
 * other words, a merged duplicate's number) is sent on to its own.
 */
@PublicPages
class OrganisationPages {

    private final OrganisationService organisations;
    private final PageFrames frames;
    private final PublicResponses responses;
    private final DenmarkMaps maps;

    OrganisationPages(OrganisationService organisations, PageFrames frames, PublicResponses responses,
                      DenmarkMaps maps) {
        this.maps = maps;
        this.organisations = organisations;
        this.frames = frames;
        this.responses = responses;
    }

    /**
     * The list as its address asks for it. The whole list's first page is for search engines; a search, a filter or
     * a later page is not indexed (the sitemap names every organisation). A page past the last answers 404 with the
     * form and a link to the last page. An address with an empty field of the form (or "side=1") is sent on to the
     * list's own, without it.
     */
    @GetMapping("/" + OrganisationRoutes.LIST)
    ResponseEntity<byte[]> list(@RequestParam(name = OrganisationQuery.TEXT, required = false) String text,
                                @RequestParam(name = OrganisationQuery.KIND, required = false) String kind,
                                @RequestParam(name = OrganisationQuery.REGION, required = false) String region,
                                @RequestParam(name = OrganisationQuery.PAGE, required = false) String page,
                                HttpServletRequest request) {
        OrganisationQuery query = OrganisationQuery.of(text, kind, region, page);
        if (query.leavesOutAnyOf(request.getParameterMap().keySet())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + query.address()))
                    .build();
        }
        OrganisationList list = organisations.list(query);
        PageFrame frame = frames.translatedPage(request, "organisation.list.title", "organisation.list.intro",
                list.query().address());
        return responses.page(request, list.pastTheLast() ? HttpStatus.NOT_FOUND : HttpStatus.OK,
                "organisation/list.jte", Map.of("frame", list.query().equals(OrganisationQuery.ALL) ? frame
                        : frame.notIndexed(), "list", list));
    }

    @GetMapping("/" + OrganisationRoutes.INNOVATION_UNITS)
    ResponseEntity<byte[]> innovationUnits(HttpServletRequest request) {
        PageFrame frame = frames.translatedPage(request, "organisation.innovation-units.title",
                "organisation.innovation-units.intro", OrganisationRoutes.INNOVATION_UNITS)
                .withScript(DenmarkMaps.ELEMENT_SCRIPT);
        InnovationUnitMap units = organisations.innovationUnitMap();
        return responses.page(request, "organisation/innovationUnits.jte", Map.of("frame", frame, "units", units,
                "map", InnovationUnitsMap.element(maps, units, frame.locale(), frame.asset(DenmarkMaps.OUTLINE))));
    }

    @GetMapping("/" + OrganisationRoutes.LIST + "/{segment:" + OrganisationRoutes.SEGMENT + "}")
    ResponseEntity<byte[]> organisation(@PathVariable String segment, HttpServletRequest request) {
        Optional<OrganisationPage> page = OrganisationRoutes.idOf(segment).flatMap(organisations::page);
        if (page.isEmpty()) {
            return responses.notFound(request);
        }
        OrganisationScreen screen = page.get().screen();
        String path = screen.path();
        if (!path.equals(OrganisationRoutes.LIST + "/" + segment)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + path)).build();
        }
        String name = screen.organisation().name();
        PageFrame frame = frames.page(request, name, PageFrames.description(
                frames.text(request, "organisation.page.description", name,
                        screen.kind().render((key, arguments) -> frames.text(request, key, arguments)))), path);
        return responses.page(request, "organisation/organisation.jte", Map.of("frame", frame, "page", page.get()));
    }
}
