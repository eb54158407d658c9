package dk.coi.portal.wiki.web;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import dk.coi.portal.wiki.RecentChange;
import dk.coi.portal.wiki.RecentChangesFilter;
import dk.coi.portal.wiki.RecentChangesScreen;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What happens in the wiki, for readers who are not signed in: recent changes with their filters (a plain form
 * that reloads the address), a person's contributions and the wiki log, server-rendered from the same services
 * as the Vaadin screens at the same addresses; signed-in people get those screens, with patrolling.
 */
@PublicPages
class WikiActivityPages {

    private final WikiScreens screens;
    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private final PersonService people;
    private final PageFrames frames;
    private final PublicResponses responses;

    WikiActivityPages(WikiScreens screens, WikiService wiki, WikiStewardshipService stewardship,
                      PersonService people, PageFrames frames, PublicResponses responses) {
        this.screens = screens;
        this.wiki = wiki;
        this.stewardship = stewardship;
        this.people = people;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + WikiRoutes.RECENT_CHANGES)
    ResponseEntity<byte[]> recentChanges(HttpServletRequest request) {
        RecentChangesFilter filter = RecentChangesFilter.of(name -> Optional.ofNullable(request.getParameter(name)));
        RecentChangesScreen screen = screens.recentChanges(filter.query());
        PageFrame page = frames.page(request, frames.text(request, "wiki.recent.title"),
                frames.text(request, "wiki.recent.description"), WikiRoutes.RECENT_CHANGES);
        PageFrame frame = page.withFeed(WikiFeedController.recentChangesFeed(page.language()));
        // Everyone who acted in the period, and whoever the filter names already.
        Map<Long, String> persons = new LinkedHashMap<>(screen.people());
        if (filter.person() != null) {
            persons.putIfAbsent(filter.person(), "#" + filter.person());
        }
        return responses.page(request, "wiki/recent.jte", Map.of("frame", frame, "filter", filter,
                "screen", screen, "persons", persons));
    }

    /** A person's edits over the last year; 404 for someone who is not there (or has been erased). */
    @GetMapping("/wiki/bidrag/{person:\\d{1,18}}")
    ResponseEntity<byte[]> contributions(@PathVariable long person, HttpServletRequest request) {
        Optional<String> name = people.authorName(PersonId.of(person));
        if (name.isEmpty()) {
            return responses.notFound(request);
        }
        List<RecentChange> changes = wiki.recentChanges(RecentChangesFilter.CONTRIBUTION_DAYS, true, person,
                RecentChangesFilter.LIMIT);
        PageFrame frame = frames.page(request, frames.text(request, "wiki.contributions.title", name.get()),
                frames.text(request, "wiki.contributions.description", name.get()), WikiRoutes.contributions(person));
        return responses.page(request, "wiki/contributions.jte", Map.of("frame", frame, "changes", changes));
    }

    @GetMapping("/" + WikiRoutes.LOG)
    ResponseEntity<byte[]> log(HttpServletRequest request) {
        List<WikiLogLine> lines = stewardship.log(WikiLogLine.SCREENFUL);
        PageFrame frame = frames.page(request, frames.text(request, "wiki.log.title"),
                frames.text(request, "wiki.log.description"), WikiRoutes.LOG);
        return responses.page(request, "wiki/log.jte", Map.of("frame", frame, "lines", lines));
    }
}
