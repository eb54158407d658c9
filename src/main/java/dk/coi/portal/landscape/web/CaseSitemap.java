package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The landscape for search engines: its list and every published case's page; not its forms, history or staff's queue. */
@Component
class CaseSitemap implements SitemapContributor {

    private final CaseService cases;

    CaseSitemap(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(SitemapEntry.of(CaseRoutes.LIST));
        cases.publishedCards().forEach(card -> entries.add(new SitemapEntry(card.path(), card.confirmedAt())));
        return entries;
    }

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + CaseRoutes.NEW, "/" + CaseRoutes.REVIEW, "/" + CaseRoutes.MINE,
                "/" + CaseRoutes.LIST + "/*/" + CaseRoutes.EDIT, "/" + CaseRoutes.LIST + "/*/" + CaseRoutes.HISTORY,
                // Searches of the catalogue: endless combinations, and the sitemap names every case.
                "/" + CaseRoutes.LIST + "?");
    }
}
