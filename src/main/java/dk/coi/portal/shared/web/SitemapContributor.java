package dk.coi.portal.shared.web;

import java.util.List;

/**
 * What a module tells search engines about its addresses: its public pages worth finding ({@code sitemap.xml})
 * and the addresses that are not for crawlers ({@code robots.txt}). A module registers one bean of this type;
 * {@link CrawlerFiles} puts every module's together, so a new module adds its own without editing another.
 */
public interface SitemapContributor {

    /** The module's public reading pages, each once at its canonical address, from one service call. */
    default List<SitemapEntry> sitemapEntries() {
        return List.of();
    }

    /**
     * Address patterns crawlers should not fetch (editors, personal and staff screens, query variants of a page),
     * as robots.txt writes them: from the site root, {@code *} for any characters, e.g. {@code /wiki/*}{@code /rediger}.
     */
    default List<String> notForCrawlers() {
        return List.of();
    }
}
