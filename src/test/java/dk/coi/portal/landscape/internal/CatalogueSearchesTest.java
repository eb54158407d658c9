package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
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
 * again it does both anew, counting again only the segments the change touched (the invalidation itself:
 * CaseCatalogueTest). Counting on the index itself finds what the index's aggregations find (the backend-neutral way,
 * taken without a version), over segments with deleted documents, for each kind of the words' syntax.
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
    @Autowired
    CasesIndex index;

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void aSearchRepeatedOnTheSameIndexReusesWhatWasKept() {
        signedIn.anonymous();
        long kase = searches.faceted(CaseSearch.ALL, 1).page().getFirst().getId();
        indexAgain(kase); // an index no earlier test of this context has counted

        long[] first = searchTheWholeCatalogue();
        assertThat(first[0]).as("whole catalogue counted once").isEqualTo(1);
        assertThat(first[1]).as("markers read from stored fields").isPositive();
        long[] second = searchTheWholeCatalogue();
        assertThat(second).as("nothing counted or read again").containsExactly(0, 0);

        Set<IndexReader.CacheKey> before = segments();
        indexAgain(kase);
        long tallied = searches.segmentsTallied();
        long[] afterChange = searchTheWholeCatalogue();
        assertThat(afterChange[0]).as("counted anew after the change").isEqualTo(1);
        assertThat(afterChange[1]).as("markers read anew after the change").isPositive();
        // Exactly the segments the change made or altered are counted again; how many Lucene merged is its own choice.
        Set<IndexReader.CacheKey> changed = new HashSet<>(segments());
        changed.removeAll(before);
        assertThat(changed).isNotEmpty();
        assertThat(searches.segmentsTallied() - tallied).as("segments tallied again").isEqualTo(changed.size());
    }

    @Test
    void countingOnTheIndexFindsWhatTheAggregationsFind() {
        publishVariedCases();
        signedIn.anonymous();
        indexAgain(searches.faceted(CaseSearch.ALL, 1).page().getFirst().getId());
        Map<CaseFacet, Map<String, Long>> all = searches.faceted(CaseSearch.ALL, 1).counted();
        List<CaseFilter> filters = new ArrayList<>();
        CaseFacet[] facets = CaseFacet.values();
        for (CaseFacet facet : facets) {
            List<String> values = all.get(facet).keySet().stream().limit(2).toList();
            CaseFacet next = facets[(facet.ordinal() + 1) % facets.length];
            CaseFacet after = facets[(facet.ordinal() + 3) % facets.length];
            CaseFilter two = CaseFilter.NONE.with(facet, values);
            filters.addAll(List.of(CaseFilter.NONE.with(facet, values.subList(0, 1)), two,
                    two.with(next, all.get(next).keySet().stream().limit(1).toList()),
                    two.with(next, all.get(next).keySet().stream().limit(1).toList())
                            .with(after, all.get(after).keySet().stream().skip(1).limit(1).toList())));
        }
        List<CaseFilter> withWords = filters.stream().map(filter -> filter.withText("påmindelse")).toList();
        filters.addAll(withWords);
        List<CaseFilter> syntax = List.of(CaseFilter.text("ældre | påmindelse"), CaseFilter.text("sag -ældre"),
                CaseFilter.text("påmind*"), CaseFilter.text("ældr~1"), CaseFilter.text("\"unge får besked\""));
        syntax.forEach(filter -> assertThat(searches.faceted(CaseSearch.of(filter), 3).total()).as("found by %s",
                filter).isPositive());
        filters.addAll(syntax);
        filters.addAll(List.of(CaseFilter.text("påmindelse"), CaseFilter.text("\"ingen sådan sætning\"")));

        Set<Long> totals = new HashSet<>();
        for (CaseFilter filter : filters) {
            CaseSearch search = CaseSearch.of(filter);
            CatalogueSearches.Faceted counted = searches.faceted(search, 3);
            CatalogueSearches.Faceted aggregated = transaction.execute(status -> searches.aggregated(search, 3));
            assertThat(counted.total()).as("total of %s", filter).isEqualTo(aggregated.total());
            assertThat(counted.counted()).as("counted of %s", filter).isEqualTo(aggregated.counted());
            assertThat(counted.offered()).as("offered of %s", filter).isEqualTo(aggregated.offered());
            assertThat(counted.alternatives()).as("alternatives of %s", filter).isEqualTo(aggregated.alternatives());
            assertThat(counted.page()).as("page of %s", filter).extracting(LandscapeCase::getId)
                    .isEqualTo(aggregated.page().stream().map(LandscapeCase::getId).toList());
            totals.add(counted.total());
        }
        assertThat(totals).as("searches finding different cases").hasSizeGreaterThan(3);
    }

    /** Six published cases that differ in every facet, in three municipalities and a state body. */
    private void publishVariedCases() {
        List<OrganisationId> places = List.of(municipality(101), municipality(751), municipality(461),
                organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id());
        for (int i = 0; i < 6; i++) {
            signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
            CaseId id = cases.register(new CaseDraft((i % 2 == 0 ? "Påmindelse om " : "Ældre og ") + "sag " + i
                    + " " + UUID.randomUUID(), "Unge får besked.", places.get(i % places.size()), null,
                    CaseSector.values()[i], 2015 + i % 3, CaseStage.values()[i % 5], InnovationType.values()[i],
                    "Borgere", Novelty.values()[i % 3], List.of(), List.of("fælles", "emne-" + i % 3), "Effekt.",
                    "Proces.", "Forudsætninger.", "Dokumentation.", EvidenceLevel.values()[i % 5], List.of(),
                    TestCaseDrafts.signedInPerson(), "Projektleder", false));
            cases.submit(id);
            signedIn.newPerson("Sif Staff", Role.COI_STAFF);
            cases.publish(id, cases.screen(id).orElseThrow().version());
        }
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code).findFirst()
                .orElseThrow().id();
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

    /** How many segments the cases index has now. */
    /** The cases index's segments now, each by the key its counts are kept under. */
    private Set<IndexReader.CacheKey> segments() {
        return index.read((version, reader) -> reader.leaves().stream()
                .map(segment -> segment.reader().getReaderCacheHelper().getKey()).collect(Collectors.toSet()))
                .orElseThrow();
    }

    private void indexAgain(long kase) {
        transaction.executeWithoutResult(status -> {
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
            session.indexingPlan().addOrUpdate(entityManager.find(LandscapeCase.class, kase));
        });
    }
}
