package dk.coi.portal.wiki.web;

import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import dk.coi.portal.wiki.DiffScreen;
import dk.coi.portal.wiki.HistoryScreen;
import dk.coi.portal.wiki.PageScreen;
import dk.coi.portal.wiki.RevisionScreen;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStructureService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wiki's reading pages about one page for readers who are not signed in (the page, its history, old
 * revisions, differences, what links here, its talk page), server-rendered from the same read models as the Vaadin screens at
 * the same addresses; signed-in people get those screens. Old revisions and differences are not for search
 * engines to list, as on MediaWiki.
 */
@PublicPages
class WikiPages {

    /**
     * A page's address: one segment after {@code /wiki/}, except the wiki's own screens at such addresses
     * (WikiPagesTest checks the list against {@link WikiRoutes}).
     */
    static final String PAGE = "/wiki/{title:(?!(?:seneste-aendringer|log|gennemsyn|overvaagning)$).+}";
    /** A page's own screens: {@code /wiki/{title}/...}; two segments, so never one of the wiki's screens. */
    private static final String PAGE_PATH = "/wiki/{title}";


    private static final String DIGITS = "\\d{1,18}";

    private final WikiScreens screens;
    private final WikiService wiki;
    private final WikiStructureService structure;
    private final WikiTalkService talk;
    private final PageFrames frames;
    private final PublicResponses responses;

    WikiPages(WikiScreens screens, WikiService wiki, WikiStructureService structure, WikiTalkService talk,
              PageFrames frames, PublicResponses responses) {
        this.screens = screens;
        this.wiki = wiki;
        this.structure = structure;
        this.talk = talk;
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
                readable ? PageFrames.description(page.get().opening()) : null, WikiRoutes.page(screen.title()));
        if (readable) {
            frame = frame.asArticle("Article", page.get().title(), articleDetails(page.get()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("screen", screen);
        model.put("redirectedFrom", redirectedFrom != null && screens.redirectsTo(redirectedFrom, screen.title())
                ? redirectedFrom : null);
        // A category with pages in it is a page to read even before anyone has written its description (MediaWiki).
        boolean listsPages = WikiTitles.isCategory(screen.title()) && !screen.categoryMembers().isEmpty();
        return responses.page(request, readable || listsPages ? HttpStatus.OK : HttpStatus.NOT_FOUND, "wiki/page.jte",
                model);
    }

    /**
     * A screenful of the page's history ({@code foer}: the revision to continue after), with MediaWiki's radio
     * buttons to compare any two revisions, sent as a plain form to the difference; 404 for a page that is not
     * there (or a screenful past its first revision).
     */
    @GetMapping(PAGE_PATH + "/historik")
    ResponseEntity<byte[]> history(@PathVariable String title, HttpServletRequest request,
                                   @RequestParam(name = WikiRoutes.HISTORY_BEFORE, required = false) String before) {
        String page = titleOf(title);
        long after = number(before);
        HistoryScreen screen = screens.history(page, after, HistoryScreen.PAGE_SIZE);
        if (screen.lines().isEmpty()) {
            return responses.notFound(request);
        }
        PageFrame frame = frames.page(request, frames.text(request, "wiki.history.heading", page),
                frames.text(request, "wiki.history.description", page), after > 0 ? WikiRoutes.olderHistory(page, after) : WikiRoutes.history(page));
        frame = frame.withFeed(WikiFeedController.historyFeed(page, frame.language()));
        return responses.page(request, "wiki/history.jte", Map.of("frame", frame, "title", page, "screen", screen,
                "before", after));
    }

    /**
     * The page as it was in an old revision, described (date, author, summary) with links to the revisions around
     * it and to the differences, as MediaWiki's old-version view; 404 for a revision that is not the page's.
     */
    @GetMapping(PAGE_PATH + "/version/{revision:" + DIGITS + "}")
    ResponseEntity<byte[]> revision(@PathVariable String title, @PathVariable long revision,
                                    HttpServletRequest request) {
        Optional<RevisionScreen> screen = screens.revision(titleOf(title), revision);
        if (screen.isEmpty()) {
            return responses.notFound(request);
        }
        String page = screen.get().title();
        PageFrame frame = frames.page(request, frames.text(request, "wiki.revision.title", page,
                String.valueOf(revision)), frames.text(request, "wiki.revision.notice",
                String.valueOf(revision)), WikiRoutes.revision(page, revision)).notIndexed();
        return responses.page(request, "wiki/revision.jte", Map.of("frame", frame, "screen", screen.get()));
    }

    /**
     * The difference between two revisions ({@code fra} left out: the revision before {@code til}), as MediaWiki
     * shows it: the changed stretches with a few lines of context, or the whole text ({@code hele=ja}), side by
     * side or merged ({@code visning=samlet}). Two revisions picked the wrong way round are compared forwards.
     */
    @GetMapping(PAGE_PATH + "/forskel")
    ResponseEntity<byte[]> diff(@PathVariable String title, HttpServletRequest request,
                                @RequestParam(name = WikiRoutes.DIFF_FROM, required = false) String from,
                                @RequestParam(name = WikiRoutes.DIFF_TO, required = false) String to,
                                @RequestParam(name = "visning", required = false) String layout,
                                @RequestParam(name = "hele", required = false) String whole) {
        String page = titleOf(title);
        long older = number(from);
        long newer = number(to);
        if (older > newer) {
            long picked = older;
            older = newer;
            newer = picked;
        }
        Optional<DiffScreen> found = number(to) > 0 ? screens.diff(page, older, newer) : Optional.empty();
        if (found.isEmpty()) {
            return responses.notFound(request);
        }
        DiffScreen screen = found.get();
        String canonical = screen.from() == null ? WikiRoutes.diffTo(page, screen.to().revision())
                : WikiRoutes.diff(page, screen.from().revision(), screen.to().revision());
        PageFrame frame = frames.page(request, frames.text(request, "wiki.diff.heading", page),
                frames.text(request, "wiki.diff.description", page), canonical).notIndexed();
        return responses.page(request, "wiki/diff.jte", Map.of("frame", frame, "screen", screen,
                "merged", "samlet".equals(layout), "whole", "ja".equals(whole)));
    }

    /** The pages that link to a page; 404 when there is neither the page nor a link to it. */
    @GetMapping(PAGE_PATH + "/links")
    ResponseEntity<byte[]> linksHere(@PathVariable String title, HttpServletRequest request) {
        WikiStructureService.LinksHere links = structure.linksHere(titleOf(title));
        if (!links.pageExists() && links.pages().isEmpty()) {
            return responses.notFound(request);
        }
        PageFrame frame = frames.page(request, frames.text(request, "wiki.links.heading", links.title()),
                frames.text(request, "wiki.links.description", links.title()), WikiRoutes.linksHere(links.title()));
        return responses.page(request, "wiki/links.jte", Map.of("frame", frame, "links", links));
    }

    /**
     * A page's talk page: its comments and replies as the Vaadin screen shows them to a reader (a hidden comment
     * only says that and why), with a link to sign in to take part. Without comments it is not for indexing, as it
     * says nothing yet; 404 for a page that is not there or deleted, whose talk page went with it.
     */
    @GetMapping(PAGE_PATH + "/diskussion")
    ResponseEntity<byte[]> talk(@PathVariable String title, HttpServletRequest request) {
        Optional<WikiPageView> page = wiki.page(titleOf(title)).filter(found -> !found.deleted());
        if (page.isEmpty()) {
            return responses.notFound(request);
        }
        String name = page.get().title();
        List<CommentView> comments = talk.comments(name);
        PageFrame frame = frames.page(request, frames.text(request, "wiki.talk.heading", name),
                frames.text(request, "wiki.talk.description", name), WikiRoutes.talk(name));
        return responses.page(request, "wiki/talk.jte", Map.of("frame", comments.isEmpty() ? frame.notIndexed() : frame,
                "title", name, "comments", comments));
    }

    /** The title in an address segment, as the wiki keeps titles. */
    private static String titleOf(String segment) {
        return WikiTitles.normalize(WikiTitles.fromPathSegment(segment));
    }

    /** A revision number in a query parameter, 0 when there is none. */
    private static long number(String parameter) {
        return parameter != null && parameter.matches(DIGITS) ? Long.parseLong(parameter) : 0;
    }

    private static Map<String, Object> articleDetails(WikiPageView page) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dateModified", page.lastEdited().toString());
        if (page.lastEditor() != null) {
            details.put("author", Map.of("@type", "Person", "name", page.lastEditor()));
        }
        return details;
    }
}
