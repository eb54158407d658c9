package dk.coi.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Rebuilds the search index from the database: by an administrator, or at start-up when it is empty. */
@Service
public class SearchIndexService {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final List<Class<?>> types;
    private final AtomicReference<IndexProgress> running = new AtomicReference<>();

    SearchIndexService(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                       TransactionTemplate transactions, List<SearchableContent<?>> contents) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.types = contents.stream().<Class<?>>map(SearchableContent::entityType).toList();
    }

    /**
     * Starts a rebuild unless one is running. {@code progress} is called from the indexing threads as
     * documents are written, and once more when done. Returns the rebuild's completion.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<IndexProgress> rebuild(Consumer<IndexProgress> progress) {
        return startRebuild(progress);
    }

    /** The rebuild under way, if any. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<IndexProgress> currentRebuild() {
        return Optional.ofNullable(running.get());
    }

    /**
     * Start-up check: rebuilds when a kind of content the database has is missing from the index altogether (a new
     * index folder, or a kind of content new to this deployment). Counts cannot say more: the index rightly leaves
     * out what may not be found (hidden ideas, deleted wiki pages), so it holds fewer documents than the database.
     */
    CompletableFuture<IndexProgress> rebuildIfIncomplete() {
        List<Class<?>> missing = readOnly.execute(status -> types.stream()
                .filter(type -> countInDatabase(type) > 0 && Search.session(entityManager).search(type)
                        .where(f -> f.matchAll()).fetchTotalHitCount() == 0).toList());
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(new IndexProgress(0, 0, true));
        }
        log.info("Search index holds nothing of {}: rebuilding it",
                missing.stream().map(Class::getSimpleName).toList());
        return startRebuild(p -> { });
    }

    private CompletableFuture<IndexProgress> startRebuild(Consumer<IndexProgress> progress) {
        long total = countInDatabase();
        IndexProgress start = new IndexProgress(0, total, false);
        if (!running.compareAndSet(null, start)) {
            return CompletableFuture.failedFuture(new IllegalStateException("A rebuild is already running"));
        }
        AtomicLong indexed = new AtomicLong();
        MassIndexingMonitor monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                IndexProgress now = new IndexProgress(indexed.addAndGet(increment), total, false);
                running.set(now);
                progress.accept(now);
            }

            @Override
            public void documentsBuilt(long increment) {
            }

            @Override
            public void entitiesLoaded(long increment) {
            }

            @Override
            public void indexingCompleted() {
            }
        };
        long started = System.nanoTime();
        return Search.mapping(entityManagerFactory).scope(types).massIndexer()
                .monitor(monitor)
                .threadsToLoadObjects(1)
                .start()
                .toCompletableFuture()
                .handle((ignored, failure) -> {
                    running.set(null);
                    if (failure != null) {
                        log.error("Search index rebuild failed", failure);
                        throw new IllegalStateException("Search index rebuild failed", failure);
                    }
                    IndexProgress done = new IndexProgress(indexed.get(), total, true);
                    log.info("Search index rebuilt: {} documents in {} ms", indexed.get(),
                            (System.nanoTime() - started) / 1_000_000);
                    progress.accept(done);
                    return done;
                });
    }

    private long countInDatabase() {
        return readOnly.execute(status -> types.stream().mapToLong(this::countInDatabase).sum());
    }

    private long countInDatabase(Class<?> type) {
        return entityManager.createQuery("select count(e) from " + entityManager.getMetamodel().entity(type).getName()
                + " e", Long.class).getSingleResult();
    }
}
