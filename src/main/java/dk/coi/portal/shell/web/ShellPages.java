package dk.coi.portal.shell.web;

import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.PlainText;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import dk.coi.portal.shell.NewsArchive;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;
import dk.coi.portal.shell.internal.FixedPages;
import dk.coi.portal.shell.internal.InformationPages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shell's reading pages for readers who are not signed in, server-rendered at the addresses of its Vaadin
 * views from the same service calls: the front page, the news archive, a news item, the areas still to come and
 * the information pages. Signed-in people get the Vaadin views.
 */
@PublicPages
class ShellPages {

    /** The news archive's address, under which each news item has its own. */
    static final String NEWS = "nyheder";
    /** The query parameter of a page number, as the search results' is. */
    private static final String PAGE = "side";

    private final NewsService news;
    private final MarkdownService markdown;
    private final PageFrames frames;
    private final PublicResponses responses;
    private final InformationPages informationPages;

    ShellPages(NewsService news, MarkdownService markdown, PageFrames frames, PublicResponses responses,
               InformationPages informationPages) {
        this.news = news;
        this.markdown = markdown;
        this.frames = frames;
        this.responses = responses;
        this.informationPages = informationPages;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> home(HttpServletRequest request) {
        PageFrame frame = frames.translatedPage(request, "home.title", "home.intro", "");
        return responses.page(request, "shell/home.jte", Map.of("frame", frame, "areas", FixedPages.AREAS,
                "news", news.latest(NewsService.ON_FRONT_PAGE)));
    }

    /**
     * The news archive: every news item, newest first, a page at a time ({@code side}); a page past the last
     * answers 404, as the search results do.
     */
    @GetMapping("/" + NEWS)
    ResponseEntity<byte[]> newsArchive(@RequestParam(name = PAGE, defaultValue = "1") String pageAsked,
                                       HttpServletRequest request) {
        int page = pageAsked.matches("\\d{1,4}") ? Math.max(Integer.parseInt(pageAsked), 1) : 1;
        NewsArchive archive = news.archive(page);
        if (!archive.exists()) {
            return responses.notFound(request);
        }
        PageFrame frame = frames.translatedPage(request, "news.archive.title", "news.archive.description",
                archivePage(page));
        return responses.page(request, "shell/archive.jte", Map.of("frame", frame, "archive", archive,
                "previous", "/" + archivePage(page - 1), "next", "/" + archivePage(page + 1)));
    }

    /** The address of one page of the archive; the first has no page number. */
    static String archivePage(int page) {
        return page > 1 ? NEWS + "?" + PAGE + "=" + page : NEWS;
    }

    /** A news item; one that does not exist answers 404 with the portal's page. */
    @GetMapping("/nyheder/{id:\\d{1,18}}")
    ResponseEntity<byte[]> newsItem(@PathVariable long id, HttpServletRequest request) {
        Optional<NewsItemSummary> item = news.find(id);
        if (item.isEmpty()) {
            return responses.notFound(request);
        }
        PageFrame frame = frames.page(request, item.get().title(),
                PageFrames.description(PlainText.ofMarkdown(item.get().body())), item.get().path());
        frame = frame.asArticle("NewsArticle", item.get().title(),
                Map.of("datePublished", item.get().publishedOn().toString()));
        return responses.page(request, "shell/news.jte", Map.of("frame", frame, "item", item.get(),
                "html", markdown.render(item.get().body())));
    }

    @GetMapping({"/" + FixedPages.STORIES, "/" + FixedPages.INTERNSHIPS})
    ResponseEntity<byte[]> comingSoon(HttpServletRequest request) {
        FixedPages.ComingSoon area = FixedPages.comingSoon(route(request)).orElseThrow();
        PageFrame frame = frames.translatedPage(request, area.titleKey(), area.textKey(), area.route());
        return responses.page(request, "shell/coming-soon.jte", Map.of("frame", frame, "area", area));
    }

    @GetMapping({"/" + FixedPages.ACCESSIBILITY, "/" + FixedPages.PRIVACY})
    ResponseEntity<byte[]> information(HttpServletRequest request) {
        FixedPages.Information page = FixedPages.information(route(request)).orElseThrow();
        PageFrame frame = frames.translatedPage(request, page.titleKey(), page.descriptionKey(), page.route());
        return responses.page(request, "shell/information.jte",
                Map.of("frame", frame, "text", informationPages.text(page, frame.locale())));
    }

    /** The route asked for, without the leading slash. */
    private static String route(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length() + 1);
    }
}
