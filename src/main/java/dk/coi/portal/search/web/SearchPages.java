package dk.coi.portal.search.web;

import dk.coi.portal.search.SearchResults;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search results for readers who are not signed in, from the same search as the Vaadin view (SearchView): a
 * page of results at a time, with links to the pages before and after, where the view has "show more".
 */
@PublicPages
class SearchPages {

    static final String PATH = "sog";
    static final String PAGE = "side";
    /** Deeper than this nobody reads, and each page deeper costs the index more. */
    static final int LAST_PAGE = 50;
    /** As many titles as the Vaadin header's search offers. */
    static final int SUGGESTIONS = 8;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SearchService search;
    private final PageFrames frames;
    private final PublicResponses responses;

    SearchPages(SearchService search, PageFrames frames, PublicResponses responses) {
        this.search = search;
        this.frames = frames;
        this.responses = responses;
    }

    /**
     * A page of results, titled with what was searched for. A page number past the last answers 404, as a
     * screenful past a page's first revision does, with the form and a link to the last page of results.
     */
    @GetMapping("/" + PATH)
    ResponseEntity<byte[]> results(@RequestParam(name = "q", defaultValue = "") String query,
                                   @RequestParam(name = PAGE, defaultValue = "1") String pageAsked,
                                   HttpServletRequest request) {
        // Control characters (a NUL from a hand-made address) would be written into the page as they are.
        String cleaned = TextRules.cleanLine(query);
        String q = cleaned.length() > SearchService.MAX_QUERY_LENGTH
                ? cleaned.substring(0, SearchService.MAX_QUERY_LENGTH) : cleaned;
        int page = pageAsked.matches("\\d{1,3}") ? Math.max(Integer.parseInt(pageAsked), 1) : 1;
        SearchResults results = q.isBlank() ? SearchResults.none()
                : search.search(q, (Math.min(page, LAST_PAGE) - 1) * SearchService.PAGE_SIZE, SearchService.PAGE_SIZE);
        int pages = (int) Math.min(LAST_PAGE, (results.totalHits() + SearchService.PAGE_SIZE - 1)
                / SearchService.PAGE_SIZE);
        boolean pastTheLast = page > Math.max(pages, 1);
        String summary = q.isBlank() ? null : results.totalHits() == 0 ? frames.text(request, "search.none", q)
                : pastTheLast ? frames.text(request, "search.past-last", pages)
                : frames.text(request, "search.count", results.totalHits(), q);
        PageFrame searchPage = frames.page(request, q.isBlank() ? frames.text(request, "search.title")
                : frames.text(request, "search.title-query", q), summary, q.isBlank() ? PATH : pageAddress(q, page));
        // Results are for the person searching; search engines index the pages themselves (as MediaWiki does).
        PageFrame frame = q.isBlank() ? searchPage : searchPage.notIndexed();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("query", q);
        model.put("summary", summary);
        model.put("results", pastTheLast ? SearchResults.none() : results);
        model.put("page", page);
        model.put("pages", pastTheLast ? 0 : pages);
        model.put("last", pastTheLast && pages > 0 ? "/" + pageAddress(q, pages) : null);
        model.put("previous", page > 1 && !pastTheLast ? "/" + pageAddress(q, page - 1) : null);
        model.put("next", page < pages ? "/" + pageAddress(q, page + 1) : null);
        return responses.page(request, pastTheLast ? HttpStatus.NOT_FOUND : HttpStatus.OK, "search/results.jte", model);
    }

    /**
     * Titles for the header search's suggestions on server-rendered pages ({@code reading-header.js}), from the same
     * search as the Vaadin header's: each with its address and its kind in the reader's language.
     */
    @GetMapping("/" + PATH + "/forslag")
    ResponseEntity<byte[]> suggestions(@RequestParam(name = "q", defaultValue = "") String typed,
                                       HttpServletRequest request) {
        List<Offered> offered = search.suggest(typed, SUGGESTIONS).stream().map(suggestion -> new Offered(
                suggestion.title(), "/" + suggestion.path(), frames.text(request, suggestion.typeLabelKey()))).toList();
        return responses.data(request, MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(offered));
    }

    /** One suggestion as the script reads it. */
    private record Offered(String title, String path, String kind) {
    }

    /** The address of one page of results; the first has no page number. */
    private static String pageAddress(String query, int page) {
        return PATH + "?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8)
                + (page > 1 ? "&" + PAGE + "=" + page : "");
    }
}
