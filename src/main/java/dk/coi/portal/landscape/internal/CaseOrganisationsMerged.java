package dk.coi.portal.landscape.internal;

import dk.coi.portal.organisation.OrganisationChanged;
import dk.coi.portal.organisation.OrganisationMergeUndone;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points the cases of a merged duplicate organisation at the organisation kept (decision 013), after the merge has
 * committed, and back when staff undo the merge; both idempotent. A case whose title the other organisation already
 * has stays where it was (the unique title within an organisation holds), and is still shown with the kept
 * organisation while the merge stands, as lookups of the duplicate resolve to it. Each move is recorded
 * ({@code landscape_case_organisation_move}), so an undo moves back exactly the cases the merge moved and that are
 * still with the kept organisation. Not a new version of the case: the organisation it names is the same workplace.
 * The cases of both organisations are indexed again (the updates bypass Hibernate), so that the catalogue counts each
 * under the level, municipality and region of the organisation it now shows; so are the cases of an organisation staff
 * renamed or placed in another municipality ({@link OrganisationChanged}), whose name and place the index holds.
 */
@Component
class CaseOrganisationsMerged {

    private final EntityManager entityManager;
    private final OrganisationService organisations;

    CaseOrganisationsMerged(EntityManager entityManager, OrganisationService organisations) {
        this.entityManager = entityManager;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void repoint(OrganisationsMerged merged) {
        if (!organisations.stillMerged(merged.merged())) {
            return;
        }
        // Recorded before the move, so a second delivery finds nothing left to record or move.
        entityManager.createNativeQuery("""
                        insert ignore into landscape_case_organisation_move (case_id, merged_id, kept_id)
                        select c.id, :merged, :kept from landscape_case c where c.organisation_id = :merged
                        and not exists (select 1 from landscape_case k where k.organisation_id = :kept
                                        and k.title = c.title)""")
                .setParameter("kept", merged.kept().value()).setParameter("merged", merged.merged().value())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        update landscape_case c join landscape_case_organisation_move m
                          on m.case_id = c.id and m.merged_id = :merged and m.kept_id = :kept
                        set c.organisation_id = :kept where c.organisation_id = :merged""")
                .setParameter("kept", merged.kept().value()).setParameter("merged", merged.merged().value())
                .executeUpdate();
        reindexCasesOf(merged.merged().value(), merged.kept().value());
    }

    @ApplicationModuleListener
    void moveBack(OrganisationMergeUndone undone) {
        entityManager.createNativeQuery("""
                        update landscape_case c join landscape_case_organisation_move m
                          on m.case_id = c.id and m.merged_id = :merged and m.kept_id = :kept
                        set c.organisation_id = :merged where c.organisation_id = :kept
                        and not exists (select 1 from (select title from landscape_case where organisation_id = :merged) d
                                        where d.title = c.title)""")
                .setParameter("kept", undone.kept().value()).setParameter("merged", undone.merged().value())
                .executeUpdate();
        // Only the cases moved back: one the duplicate meanwhile has a case of the same title for stays recorded.
        entityManager.createNativeQuery("""
                        delete m from landscape_case_organisation_move m join landscape_case c on c.id = m.case_id
                        where m.merged_id = :merged and m.kept_id = :kept and c.organisation_id = :merged""")
                .setParameter("kept", undone.kept().value()).setParameter("merged", undone.merged().value())
                .executeUpdate();
        reindexCasesOf(undone.merged().value(), undone.kept().value());
    }

    @ApplicationModuleListener
    void reindexAmended(OrganisationChanged changed) {
        reindexCasesOf(changed.changed().value());
    }

    private void reindexCasesOf(Long... organisations) {
        SearchIndexingPlan index = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select c from LandscapeCase c where c.organisationId in (:organisations)",
                        LandscapeCase.class)
                .setParameter("organisations", List.of(organisations))
                .getResultList().forEach(index::addOrUpdate);
    }
}