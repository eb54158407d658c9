package dk.coi.portal.wiki.web;

import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The wiki's front page for readers who are not signed in: every page, from the same service call as the Vaadin
 * view (WikiHomeView). Starting a page needs a sign-in, so in place of that view's form is a link to sign in.
 */
@PublicPages
class WikiHomePage {

    private final WikiService wiki;
    private final PageFrames frames;
    private final PublicResponses responses;

    WikiHomePage(WikiService wiki, PageFrames frames, PublicResponses responses) {
        this.wiki = wiki;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + WikiRoutes.HOME)
    ResponseEntity<byte[]> home(HttpServletRequest request) {
        PageFrame frame = frames.translatedPage(request, "wiki.title", "wiki.intro", WikiRoutes.HOME);
        return responses.page(request, "wiki/home.jte", Map.of("frame", frame, "titles", wiki.allTitles()));
    }
}
