package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.organisation.OrganisationsMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps spreading's rows with the person and the organisation that remain after a merge; idempotent. A merged
 * person's adoptions and contact requests become the remaining person's. A merged duplicate organisation's adoptions
 * become the kept organisation's, but where the kept one already adopted the same case (a workplace adopts a case
 * once): that row stays, and is still shown with the kept organisation, as lookups of the duplicate resolve to it.
 */
@Component
class SpreadingMerges {

    private final JdbcTemplate database;

    SpreadingMerges(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void movePerson(PersonMerged merged) {
        long into = merged.into().value();
        long from = merged.merged().value();
        database.update("update landscape_adoption set person_id = ? where person_id = ?", into, from);
        database.update("update landscape_contact_request set requester_id = ? where requester_id = ?", into, from);
        database.update("update landscape_contact_request set contact_id = ? where contact_id = ?", into, from);
    }

    @ApplicationModuleListener
    void moveOrganisation(OrganisationsMerged merged) {
        // "ignore" leaves the rows the unique key (case, workplace) refuses where they were.
        database.update("update ignore landscape_adoption set organisation_id = ? where organisation_id = ?",
                merged.kept().value(), merged.merged().value());
    }
}
