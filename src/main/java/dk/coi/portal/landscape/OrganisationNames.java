package dk.coi.portal.landscape;

import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import java.util.Collection;
import java.util.Map;

/**
 * The workplaces' names of the cases a list shows (review queue, changed and stale cases, one's own), each read from
 * the register once, so a rename shows everywhere; an organisation the register does not know is named by nothing.
 */
final class OrganisationNames {

    private final Map<OrganisationId, String> names;

    private OrganisationNames(Map<OrganisationId, String> names) {
        this.names = names;
    }

    static OrganisationNames of(OrganisationService organisations, Collection<LandscapeCase> listed) {
        return new OrganisationNames(organisations.names(listed.stream()
                .map(kase -> OrganisationId.of(kase.getOrganisationId())).toList()));
    }

    String of(LandscapeCase kase) {
        return names.getOrDefault(OrganisationId.of(kase.getOrganisationId()), "");
    }
}
