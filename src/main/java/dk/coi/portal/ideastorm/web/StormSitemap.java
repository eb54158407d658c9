package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormResultsService;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The storms for search engines: the list, every storm's page, every visible idea's and every published results page,
 * each at its own address.
 */
@Component
class StormSitemap implements SitemapContributor {

    private final StormService storms;
    private final IdeaService ideas;
    private final StormResultsService results;

    StormSitemap(StormService storms, IdeaService ideas, StormResultsService results) {
        this.storms = storms;
        this.ideas = ideas;
        this.results = results;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.concat(Stream.of(SitemapEntry.of(StormRoutes.LIST)),
                Stream.of(storms.addresses(), ideas.visiblePaths(), results.publishedPaths()).flatMap(List::stream)
                        .map(SitemapEntry::of))
                .toList();
    }
}
