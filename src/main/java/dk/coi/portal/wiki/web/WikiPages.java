package dk.coi.portal.wiki.web;

import dk.coi.portal.shared.PlainText;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import dk.coi.portal.wiki.PageScreen;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wiki's reading pages for readers who are not signed in, server-rendered from the same read model as
 * the Vaadin screens at the same addresses ({@link WikiScreens}); signed-in people get those screens.
 */
@PublicPages
class WikiPages {

    /**
     * A page's address: one segment after {@code /wiki/}, except the wiki's own screens at such addresses
     * (WikiPagesTest checks the list against {@link WikiRoutes}).
     */
    static final String PAGE = "/wiki/{title:(?!(?:seneste-aendringer|log|gennemsyn|overvaagning)$).+}";

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)]]");

    private final WikiScreens screens;
    private final PageFrames frames;
    private final PublicResponses responses;

    WikiPages(WikiScreens screens, PageFrames frames, PublicResponses responses) {
        this.screens = screens;
        this.frames = frames;
        this.responses = responses;
    }

    /**
     * A page; a redirect sends the reader on to its target (saying where they came from), unless they asked
     * to see the redirect itself. A page that does not exist or is deleted answers 404 with the portal's page.
     */
    @GetMapping(PAGE)
    ResponseEntity<byte[]> page(@PathVariable String title, HttpServletRequest request,
                                @RequestParam(name = "fra", required = false) String redirectedFrom,
                                @RequestParam(name = "omdiriger", required = false) String noRedirect) {
        PageScreen screen = screens.page(WikiTitles.fromPathSegment(title));
        Optional<WikiPageView> page = screen.page();
        if (page.isPresent() && page.get().isRedirect() && noRedirect == null && redirectedFrom == null) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/"
                    + WikiTitles.path(page.get().redirectTarget()) + "?fra="
                    + org.springframework.web.util.UriUtils.encodeQueryParam(page.get().title(),
                    java.nio.charset.StandardCharsets.UTF_8))).build();
        }
        boolean readable = page.isPresent() && !page.get().deleted();
        PageFrame frame = frames.page(request, screen.title(),
                readable ? description(page.get().content()) : null, WikiRoutes.page(screen.title()));
        if (readable) {
            frame = frame.withStructuredData(article(page.get(), frame));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("screen", screen);
        model.put("redirectedFrom", redirectedFrom);
        return responses.page(request, readable ? HttpStatus.OK : HttpStatus.NOT_FOUND, "wiki/page.jte", model);
    }

    /** The page's first words without markup, for search results and link previews. */
    static String description(String markdown) {
        return PageFrames.description(PlainText.ofMarkdown(WIKI_LINK.matcher(markdown).replaceAll("$1")));
    }

    private static Map<String, Object> article(WikiPageView page, PageFrame frame) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "Article");
        article.put("headline", page.title());
        article.put("url", frame.canonical());
        article.put("inLanguage", "da");
        article.put("dateModified", page.lastEdited().toString());
        if (page.lastEditor() != null) {
            article.put("author", Map.of("@type", "Person", "name", page.lastEditor()));
        }
        article.put("publisher", Map.of("@type", "Organization", "name", frame.text("app.name")));
        return article;
    }
}
