package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The storms for search engines: the list and every storm's page, each at its own address. */
@Component
class StormSitemap implements SitemapContributor {

    private final StormService storms;

    StormSitemap(StormService storms) {
        this.storms = storms;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.concat(Stream.of(SitemapEntry.of(StormRoutes.LIST)),
                storms.addresses().stream().map(SitemapEntry::of)).toList();
    }
}
