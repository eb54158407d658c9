package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.StormList;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import dk.coi.portal.ideastorm.IdeaService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
        StormList list = storms.storms();
        List<SitemapEntry> entries = Stream.concat(Stream.of(SitemapEntry.of(StormRoutes.LIST)),
                Stream.of(list.open(), list.coming(), list.concluded()).flatMap(List::stream)
                        .map(storm -> SitemapEntry.of(storm.path())))
                .collect(Collectors.toCollection(ArrayList::new));
        ideas.visiblePaths().forEach(path -> entries.add(SitemapEntry.of(path)));
        return entries;
    }
}
