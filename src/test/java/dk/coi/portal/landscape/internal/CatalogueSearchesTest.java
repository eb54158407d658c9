package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the catalogue keeps between searches is used: a search repeated while the index stays as it was neither counts
 * the whole catalogue's facets again nor reads a case's marker from stored fields again; after one case is indexed
 * again it does both anew (the invalidation itself: CaseCatalogueTest).
 */
@PortalTest
class CatalogueSearchesTest {

    @Autowired
    CatalogueSearches searches;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void aSearchRepeatedOnTheSameIndexReusesWhatWasKept() {
        signedIn.anonymous();
        long kase = searches.faceted(CaseSearch.ALL, 1).page().getFirst().getId();
        indexAgain(kase);

        long[] first = searchTheWholeCatalogue();
        assertThat(first[0]).as("whole catalogue counted once").isEqualTo(1);
        assertThat(first[1]).as("markers read from stored fields").isPositive();
        long[] second = searchTheWholeCatalogue();
        assertThat(second).as("nothing counted or read again").containsExactly(0, 0);

        indexAgain(kase);
        long[] afterChange = searchTheWholeCatalogue();
        assertThat(afterChange[0]).as("counted anew after the change").isEqualTo(1);
        assertThat(afterChange[1]).as("markers read anew after the change").isPositive();
    }

    /** The empty search and its map; how many times the whole catalogue was counted and markers read meanwhile. */
    private long[] searchTheWholeCatalogue() {
        long counted = searches.wholeCatalogueCounted();
        long read = searches.markersRead();
        CatalogueSearches.Faceted found = searches.faceted(CaseSearch.ALL, CaseCards.PAGE_SIZE);
        Map<String, Long> perMunicipality = found.counted().get(CaseFacet.MUNICIPALITY);
        searches.markers(CaseFilter.NONE, CatalogueSearches.wanted(found.total(), perMunicipality,
                perMunicipality.keySet()).perPlace());
        return new long[] {searches.wholeCatalogueCounted() - counted, searches.markersRead() - read};
    }

    private void indexAgain(long kase) {
        transaction.executeWithoutResult(status -> {
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
            session.indexingPlan().addOrUpdate(entityManager.find(LandscapeCase.class, kase));
        });
    }
}
