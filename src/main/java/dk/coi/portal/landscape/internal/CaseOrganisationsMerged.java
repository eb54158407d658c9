package dk.coi.portal.landscape.internal;

import dk.coi.portal.organisation.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points the cases of a merged duplicate organisation at the organisation kept (decision 013), after the merge has
 * committed; idempotent. A case whose title the kept organisation already has stays where it was (the unique title
 * within an organisation holds), and is still shown with the kept organisation, as lookups of the duplicate resolve
 * to it. Not a new version of the case: the organisation it names is the same workplace. Every case of the duplicate
 * is indexed again (the update bypasses Hibernate), so that the catalogue counts it under the kept organisation's
 * level, municipality and region.
 */
@Component
class CaseOrganisationsMerged {

    private final EntityManager entityManager;

    CaseOrganisationsMerged(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void repoint(OrganisationsMerged merged) {
        List<?> affected = entityManager.createNativeQuery(
                        "select id from landscape_case where organisation_id = :merged")
                .setParameter("merged", merged.merged().value()).getResultList();
        entityManager.createNativeQuery("""
                        update landscape_case c set c.organisation_id = :kept where c.organisation_id = :merged
                        and not exists (select 1 from (select title from landscape_case where organisation_id = :kept) k
                                        where k.title = c.title)""")
                .setParameter("kept", merged.kept().value()).setParameter("merged", merged.merged().value())
                .executeUpdate();
        SearchIndexingPlan index = Search.session(entityManager).indexingPlan();
        affected.forEach(id -> index.addOrUpdate(entityManager.find(LandscapeCase.class, ((Number) id).longValue())));
    }
}
