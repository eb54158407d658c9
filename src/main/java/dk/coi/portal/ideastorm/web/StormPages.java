package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.IdeaCommentService;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaReading;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormScreen;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.WithheldIdea;
import dk.coi.portal.shared.PlainText;
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
 * The storm list, the storm pages with their ideas and the idea pages for readers who are not signed in, server-rendered from the same read models
 * as the Vaadin views at the same addresses; signed-in people get those views.
 */
@PublicPages
class StormPages {

    private final StormService storms;
    private final IdeaService ideas;
    private final IdeaCommentService comments;
    private final PageFrames frames;
    private final PublicResponses responses;

    StormPages(StormService storms, IdeaService ideas, IdeaCommentService comments, PageFrames frames,
               PublicResponses responses) {
        this.comments = comments;
        this.storms = storms;
        this.ideas = ideas;
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
    ResponseEntity<byte[]> storm(@PathVariable String segment, HttpServletRequest request,
                                 @RequestParam(name = IdeaListPage.ORDER, required = false) String order,
                                 @RequestParam(name = IdeaListPage.THEME, required = false) String theme,
                                 @RequestParam(name = IdeaListPage.STATUS, required = false) String status,
                                 @RequestParam(name = IdeaListPage.PAGE, required = false) String page) {
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
        IdeaListPage listing = new IdeaListPage(ideas.board(screen.get().storm().id(),
                IdeaListPage.query(order, theme, status, page)), path);
        return responses.page(request, "ideastorm/storm.jte", Map.of("frame", frame, "screen", screen.get(),
                "ideas", listing));
    }

    /**
     * An idea of a storm, for readers; other words in its address are sent on to its own, and an unknown idea
     * answers 404. A hidden or held idea answers with a page saying so and leading to its storm: 200 and kept out of
     * search engines, not 410, as staff may show it again (or approve it) at the same address, and 410 says
     * "gone for good"; at its own address, as sending the reader on would tell the withheld title's words.
     */
    @GetMapping("/" + StormRoutes.LIST + "/{segment:" + StormRoutes.STORM_SEGMENT + "}/" + StormRoutes.IDEAS
            + "/{ideaSegment:" + StormRoutes.IDEA_SEGMENT + "}")
    ResponseEntity<byte[]> idea(@PathVariable String segment, @PathVariable String ideaSegment,
                                HttpServletRequest request) {
        Optional<StormId> storm = StormRoutes.idOf(segment);
        Optional<IdeaId> id = StormRoutes.ideaIdOf(ideaSegment);
        Optional<IdeaReading> reading = storm.isPresent() && id.isPresent() ? ideas.reading(storm.get(), id.get())
                : Optional.empty();
        return switch (reading.orElse(null)) {
            case null -> responses.notFound(request);
            case WithheldIdea withheld -> withheld(withheld, request);
            case IdeaScreen idea -> idea(idea, segment, ideaSegment, request);
        };
    }

    private ResponseEntity<byte[]> idea(IdeaScreen idea, String segment, String ideaSegment,
                                        HttpServletRequest request) {
        String path = idea.path();
        if (!path.equals(StormRoutes.LIST + "/" + segment + "/" + StormRoutes.IDEAS + "/" + ideaSegment)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/" + path)).build();
        }
        PageFrame frame = frames.page(request, idea.title(),
                PageFrames.description(PlainText.ofMarkdown(idea.description())), path);
        return responses.page(request, "ideastorm/idea.jte", Map.of("frame", frame, "idea", idea,
                "discussion", comments.discussion(idea.storm(), idea.id()).orElseThrow()));
    }

    private ResponseEntity<byte[]> withheld(WithheldIdea idea, HttpServletRequest request) {
        PageFrame frame = frames.forKey(request, idea.titleKey()).notIndexed();
        return responses.page(request, "ideastorm/withheld.jte", Map.of("frame", frame, "idea", idea));
    }
}
