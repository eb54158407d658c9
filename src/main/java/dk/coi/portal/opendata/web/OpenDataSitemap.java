package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** The page about the open data for search engines; the API and its downloads are data, not pages. */
@Component
class OpenDataSitemap implements SitemapContributor {

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(SitemapEntry.of(OpenDataAddresses.PAGE));
    }

}
