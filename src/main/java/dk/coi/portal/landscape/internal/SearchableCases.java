package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.search.SearchableContent;
import dk.coi.portal.shared.Phrase;
import org.springframework.stereotype.Component;

/**
 * Published cases in the portal search, by title, summary, organisation and tags, each leading to its page, its hit
 * saying whose case it is ("Case · Jobcenter København").
 */
@Component
class SearchableCases implements SearchableContent<LandscapeCase> {

    private final OrganisationService organisations;

    SearchableCases(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public Class<LandscapeCase> entityType() {
        return LandscapeCase.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.case";
    }

    @Override
    public String pathOf(LandscapeCase landscapeCase) {
        return CaseRoutes.kase(landscapeCase.caseId(), landscapeCase.getTitle());
    }

    @Override
    public String titleOf(LandscapeCase landscapeCase) {
        return landscapeCase.getTitle();
    }

    @Override
    public Phrase contextOf(LandscapeCase landscapeCase) {
        return organisations.find(OrganisationId.of(landscapeCase.getOrganisationId()))
                .map(organisation -> Phrase.of("landscape.search.organisation", organisation.name())).orElse(null);
    }
}
