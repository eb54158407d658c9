package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormList;
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
        StormList list = storms.storms();
        return Stream.concat(Stream.of(SitemapEntry.of(StormRoutes.LIST)),
                Stream.of(list.open(), list.coming(), list.concluded()).flatMap(List::stream)
                        .map(storm -> SitemapEntry.of(storm.path()))).toList();
    }
}
