package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.search.SearchableContent;
import dk.coi.portal.shared.Phrase;
import org.springframework.stereotype.Component;

/**
 * The register in the portal search: each organisation (not a merged duplicate) by its name and where it is, leading
 * to its page, its hit saying what it is ("Enhed under Aarhus Kommune").
 */
@Component
class SearchableOrganisations implements SearchableContent<Organisation> {

    private final OrganisationRepository organisations;

    SearchableOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Class<Organisation> entityType() {
        return Organisation.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.organisation";
    }

    @Override
    public String pathOf(Organisation organisation) {
        return OrganisationRoutes.organisation(organisation.organisationId(), organisation.getName());
    }

    @Override
    public String titleOf(Organisation organisation) {
        return organisation.getName();
    }

    @Override
    public Phrase contextOf(Organisation organisation) {
        String parent = organisation.getParentId() == null ? null
                : organisations.findById(organisation.getParentId()).map(Organisation::getName).orElse(null);
        return OrganisationRules.kindOf(organisation).describe(parent);
    }
}
