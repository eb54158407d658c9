package dk.coi.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.TwoNodes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start-up check rebuilds an index built with another mapping than this version's (its stored fingerprint
 * differs), that index only, and records it; an index built with this mapping is left alone; two nodes starting
 * together rebuild it once.
 */
@PortalTest
class IndexRebuildTest {

    private static final String CASES = "cases";
    private static final String OLD_MAPPING = "0".repeat(64);

    @Autowired
    SearchIndexService index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void startUpRebuildDone() {
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "select count(*) from search_index_rebuild where finished_at is null").query(Long.class).single() == 0
                && fingerprint(CASES) != null);
    }

    @Test
    void anIndexBuiltWithThisVersionsMappingIsLeftAlone() throws Exception {
        long rebuilt = rebuilds(CASES);

        assertThat(index.rebuildWhereNeeded().get(2, TimeUnit.MINUTES)).isEqualTo(new IndexProgress(0, 0, true));

        assertThat(rebuilds(CASES)).isEqualTo(rebuilt);
    }

    @Test
    void anIndexBuiltWithAnotherMappingIsDroppedAndRebuiltAlone() throws Exception {
        String current = fingerprint(CASES);
        long documents = documents(CASES);
        long othersRebuilt = jdbc.sql("select count(*) from search_index_rebuild where index_name <> ?")
                .param(CASES).query(Long.class).single();
        builtWithAnotherMapping(CASES);

        IndexProgress done = index.rebuildWhereNeeded().get(2, TimeUnit.MINUTES);

        assertThat(done.done()).isTrue();
        assertThat(jdbc.sql("""
                select concat(reason, ' ', fingerprint, ' ', succeeded) from search_index_rebuild
                where index_name = ? order by id desc limit 1""").param(CASES).query(String.class).single())
                .isEqualTo("CHANGED " + current + " 1");
        assertThat(fingerprint(CASES)).as("the index's mark after the rebuild").isEqualTo(current);
        assertThat(documents(CASES)).as("published cases in the rebuilt index").isEqualTo(documents);
        assertThat(jdbc.sql("select count(*) from search_index_rebuild where index_name <> ?").param(CASES)
                .query(Long.class).single()).as("rebuilds of the other indexes").isEqualTo(othersRebuilt);
    }

    @Test
    void twoNodesStartingTogetherRebuildAChangedIndexOnce() throws Exception {
        builtWithAnotherMapping(CASES);
        long rebuilt = rebuilds(CASES);

        TwoNodes.runTogether(() -> index.rebuildWhereNeeded().get(2, TimeUnit.MINUTES));

        assertThat(rebuilds(CASES)).isEqualTo(rebuilt + 1);
        assertThat(fingerprint(CASES)).isNotEqualTo(OLD_MAPPING);
    }

    private void builtWithAnotherMapping(String indexName) {
        jdbc.sql("update search_index_state set fingerprint = ? where index_name = ?").params(OLD_MAPPING, indexName)
                .update();
    }

    private String fingerprint(String indexName) {
        return jdbc.sql("select fingerprint from search_index_state where index_name = ?").param(indexName)
                .query(String.class).optional().orElse(null);
    }

    private long rebuilds(String indexName) {
        return jdbc.sql("select count(*) from search_index_rebuild where index_name = ?").param(indexName)
                .query(Long.class).single();
    }

    private long documents(String indexName) {
        Class<?> type = Search.mapping(entityManagerFactory).allIndexedEntities().stream()
                .filter(entity -> entity.indexManager().descriptor().hibernateSearchName().equals(indexName))
                .findFirst().orElseThrow().javaClass();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
