package dk.coi.portal.search.web;

import dk.coi.portal.shared.web.SitemapContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Search results are not for crawlers: every query is an address of its own, and each result is in the sitemap
 * at its own address already.
 */
@Component
class SearchCrawling implements SitemapContributor {

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + SearchPages.PATH);
    }
}
