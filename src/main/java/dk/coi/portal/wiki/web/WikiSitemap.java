package dk.coi.portal.wiki.web;

import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The wiki for search engines: its front page and every page read at its own address, with its last change. Its
 * editors, staff and personal screens are not for crawlers, nor the query variants of its pages (older history,
 * the differences between versions, filtered recent changes, a redirect's landing), which say nothing new.
 */
@Component
class WikiSitemap implements SitemapContributor {

    private final WikiService wiki;

    WikiSitemap(WikiService wiki) {
        this.wiki = wiki;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.concat(Stream.of(SitemapEntry.of(WikiRoutes.HOME)), wiki.readablePages().stream()
                .map(page -> new SitemapEntry(WikiRoutes.page(page.title()), page.lastEdited()))).toList();
    }

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + WikiRoutes.edit("*"), "/" + WikiRoutes.move("*"), "/" + WikiRoutes.steward("*"),
                "/" + WikiRoutes.REVIEW, "/" + WikiRoutes.WATCHLIST, "/" + WikiRoutes.HOME + "/*?");
    }
}
