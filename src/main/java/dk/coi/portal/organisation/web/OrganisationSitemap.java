package dk.coi.portal.organisation.web;

import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.web.SitemapContributor;
import dk.coi.portal.shared.web.SitemapEntry;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The register for search engines: the list, the innovation units and every organisation's page; not the screen for
 * adding, nor the list searched, filtered or paged (each organisation is named here anyway).
 */
@Component
class OrganisationSitemap implements SitemapContributor {

    private final OrganisationService organisations;

    OrganisationSitemap(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return Stream.concat(Stream.of(OrganisationRoutes.LIST, OrganisationRoutes.INNOVATION_UNITS), organisations.addresses().stream())
                .map(SitemapEntry::of).toList();
    }

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + OrganisationRoutes.NEW_UNIT, "/" + OrganisationRoutes.LIST + "?");
    }
}
