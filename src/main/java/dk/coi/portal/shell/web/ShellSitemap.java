package dk.coi.portal.shell.web;

import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;
import dk.coi.portal.shell.internal.FixedPages;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The shell's pages for search engines: the front page and the news archive (changed with their newest news),
 * the information pages and every news item; not the archive's older pages, which the first leads to. The
 * areas still to come have nothing to find yet; administration is not for crawlers.
 */
@Component
class ShellSitemap implements SitemapContributor {

    private final NewsService news;

    ShellSitemap(NewsService news) {
        this.news = news;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        List<NewsItemSummary> items = news.all();
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(items.isEmpty() ? SitemapEntry.of("") : published("", items.getFirst()));
        entries.add(items.isEmpty() ? SitemapEntry.of(ShellPages.NEWS) : published(ShellPages.NEWS, items.getFirst()));
        FixedPages.INFORMATION.forEach(page -> entries.add(SitemapEntry.of(page.route())));
        items.forEach(item -> entries.add(published(item.path(), item)));
        return entries;
    }

    @Override
    public List<String> notForCrawlers() {
        return List.of("/admin");
    }

    private static SitemapEntry published(String path, NewsItemSummary item) {
        return new SitemapEntry(path, item.publishedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
