package dk.coi.portal.wiki.web;

import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The wiki for search engines: its front page and every page read at its own address, with its last change, and
 * every talk page with comments anyone can read, with its newest comment (as MediaWiki's talk pages are indexed:
 * the discussion is content of its own, under people's names, and what search finds there is why a page is as it
 * is; a talk page without comments says nothing and is not indexed). Its
 * editors, staff and personal screens are not for crawlers, nor the query variants of its pages (older history,
 * the differences between versions, filtered recent changes, a redirect's landing), which say nothing new.
 */
@Component
class WikiSitemap implements SitemapContributor {

    private final WikiService wiki;
    private final WikiTalkService talk;

    WikiSitemap(WikiService wiki, WikiTalkService talk) {
        this.wiki = wiki;
        this.talk = talk;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.of(Stream.of(SitemapEntry.of(WikiRoutes.HOME)),
                wiki.readablePages().stream()
                        .map(page -> new SitemapEntry(WikiRoutes.page(page.title()), page.lastEdited())),
                talk.discussedPages().stream()
                        .map(page -> new SitemapEntry(WikiRoutes.talk(page.title()), page.lastComment())))
                .flatMap(entries -> entries).toList();
    }

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + WikiRoutes.edit("*"), "/" + WikiRoutes.move("*"), "/" + WikiRoutes.steward("*"),
                "/" + WikiRoutes.REVIEW, "/" + WikiRoutes.WATCHLIST, "/" + WikiRoutes.HOME + "/*?");
    }
}
