package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.organisation.OrganisationMergeUndone;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationsMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps spreading's rows with the person and the organisation that remain after a merge; idempotent. A merged
 * person's adoptions and contact requests become the remaining person's. A merged duplicate organisation's adoptions
 * become the kept organisation's, but where the kept one already adopted the same case (a workplace adopts a case
 * once): that row stays, and is still shown with the kept organisation, as lookups of the duplicate resolve to it.
 * Each move is recorded, so an undo of the merge moves back exactly what the merge moved (decision 013).
 */
@Component
class SpreadingMerges {

    private final JdbcTemplate database;
    private final OrganisationService organisations;

    SpreadingMerges(JdbcTemplate database, OrganisationService organisations) {
        this.database = database;
        this.organisations = organisations;
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
        if (!organisations.stillMerged(merged.merged())) {
            return;
        }
        // Recorded before the move, leaving out the rows the unique key (case, workplace) keeps where they are.
        database.update("""
                insert ignore into landscape_adoption_organisation_move (adoption_id, merged_id, kept_id)
                select a.id, ?, ? from landscape_adoption a where a.organisation_id = ?
                and not exists (select 1 from landscape_adoption k where k.organisation_id = ? and k.case_id = a.case_id)""",
                merged.merged().value(), merged.kept().value(), merged.merged().value(), merged.kept().value());
        database.update("""
                update landscape_adoption a join landscape_adoption_organisation_move m
                  on m.adoption_id = a.id and m.merged_id = ? and m.kept_id = ?
                set a.organisation_id = ? where a.organisation_id = ?""",
                merged.merged().value(), merged.kept().value(), merged.kept().value(), merged.merged().value());
    }

    @ApplicationModuleListener
    void moveBack(OrganisationMergeUndone undone) {
        database.update("""
                update landscape_adoption a join landscape_adoption_organisation_move m
                  on m.adoption_id = a.id and m.merged_id = ? and m.kept_id = ?
                set a.organisation_id = ? where a.organisation_id = ?
                and not exists (select 1 from (select case_id from landscape_adoption where organisation_id = ?) d
                                where d.case_id = a.case_id)""",
                undone.merged().value(), undone.kept().value(), undone.merged().value(), undone.kept().value(),
                undone.merged().value());
        database.update("""
                delete m from landscape_adoption_organisation_move m join landscape_adoption a on a.id = m.adoption_id
                where m.merged_id = ? and m.kept_id = ? and a.organisation_id = ?""",
                undone.merged().value(), undone.kept().value(), undone.merged().value());
    }
}
