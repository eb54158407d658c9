package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The storms for search engines: the list, every storm's page and every visible idea's, each at its own address. */
@Component
class StormSitemap implements SitemapContributor {

    private final StormService storms;
    private final IdeaService ideas;

    StormSitemap(StormService storms, IdeaService ideas) {
        this.storms = storms;
        this.ideas = ideas;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.concat(Stream.of(SitemapEntry.of(StormRoutes.LIST)),
                Stream.concat(storms.addresses().stream(), ideas.visiblePaths().stream()).map(SitemapEntry::of))
                .toList();
    }
}
