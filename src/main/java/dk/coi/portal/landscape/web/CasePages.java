package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseCatalogueResult;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseScreen;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapPlace;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The landscape's list and a published case's page for readers who are not signed in, from the same read model as the Vaadin view at the
 * same address ({@code CaseService.screen}), with the same ids: a case found at another address (its number alone,
 * other words) is sent on to its own; an unpublished one is not found.
 */
@PublicPages
class CasePages {

    private final CaseService cases;
    private final CaseCatalogue catalogue;
    private final Adoptions adoptions;
    private final PageFrames frames;
    private final PublicResponses responses;
    private final DenmarkMaps maps;

    CasePages(CaseService cases, CaseCatalogue catalogue, Adoptions adoptions, PageFrames frames,
              PublicResponses responses, DenmarkMaps maps) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.adoptions = adoptions;
        this.frames = frames;
        this.responses = responses;
        this.maps = maps;
    }

    /**
     * The landscape's catalogue ({@code CaseCatalogue}): the search its address holds (words, facets, order, page;
     * what could not be read from it is said above the results), the facets' counts, a page of cards and the map of
     * all the search finds. Only the unfiltered first page is for search engines (its canonical address drops the
     * paging); a page past the last answers 404 with a link to the last page. An address with empty fields, as the
     * form sends them, is sent on (303) to the same search's clean address, which is also its canonical one.
     */
    @GetMapping("/" + CaseRoutes.LIST)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        CaseSearch.Parsed parsed = catalogue.parse(parameters);
        if (parsed.problems().isEmpty() && parameters.values().stream().flatMap(List::stream)
                .anyMatch(String::isBlank)) {
            // The form sends its empty fields too (?q=&sorter=): the search's own address is what gets shared.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/" + parsed.search().address()))
                    .build();
        }
        CaseCatalogueResult result = catalogue.search(parsed.search());
        PageFrame frame = frames.translatedPage(request, "landscape.list.title", "landscape.list.intro",
                result.canonical()).withScript(DenmarkMaps.ELEMENT_SCRIPT);
        List<MapPlace> listed = result.map().listed(frame.text("landscape.catalogue.map.no-place"));
        return responses.page(request, result.list().pastTheLast() ? HttpStatus.NOT_FOUND : HttpStatus.OK,
                "landscape/list.jte", Map.of("frame", parsed.search().equals(CaseSearch.ALL) ? frame
                        : frame.notIndexed(), "result", result, "problems", parsed.problems(),
                        "map", CaseMaps.element(maps, result.map(), frame.locale(), frame.asset(DenmarkMaps.OUTLINE)),
                        "listed", listed));
    }

    @GetMapping("/" + CaseRoutes.LIST + "/{segment:" + CaseRoutes.SEGMENT + "}")
    ResponseEntity<byte[]> kase(@PathVariable String segment, HttpServletRequest request) {
        Optional<CaseScreen> screen = CaseRoutes.idOf(segment).flatMap(cases::screen);
        if (screen.isEmpty()) {
            return responses.notFound(request);
        }
        CaseScreen kase = screen.get();
        if (!kase.path().equals(CaseRoutes.LIST + "/" + segment)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + kase.path())).build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (kase.publishedAt() != null) {
            details.put("datePublished", DateFormats.machineReadable(kase.publishedAt()));
        }
        if (kase.confirmedAt() != null) {
            details.put("dateModified", DateFormats.machineReadable(kase.confirmedAt()));
        }
        if (kase.organisation() != null) {
            details.put("author", Map.of("@type", "GovernmentOrganization", "name", kase.organisation().name()));
        }
        details.put("about", frames.text(request, kase.sector().labelKey()));
        PageFrame frame = frames.page(request, kase.title(), PageFrames.description(kase.summary()), kase.path())
                .asArticle("Article", kase.title(), details);
        Map<String, Object> model = new LinkedHashMap<>(Map.of("frame", frame, "kase", kase,
                "confirmed", kase.confirmedAt() == null ? "" : DateFormats.longDate(
                        DateFormats.danishDate(kase.confirmedAt()), frame.locale()),
                "related", catalogue.related(kase.id(), CaseCatalogue.RELATED)));
        // How the case spread is spreading's own read model (decision 018), shown as a section of the page.
        model.put("spreading", adoptions.spreading(kase.id()).orElse(null));
        return responses.page(request, "landscape/case.jte", model);
    }
}
