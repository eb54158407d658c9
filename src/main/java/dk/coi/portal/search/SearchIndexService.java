package dk.coi.portal.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import dk.coi.portal.search.internal.IndexFingerprints;
import dk.coi.portal.search.internal.IndexRebuildLog;
import dk.coi.portal.search.internal.IndexRebuildLog.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from the database: by an administrator, or at start-up where an index is missing, empty,
 * or was built with another mapping than this version's (its fingerprint, decision 021). Every rebuild is recorded
 * with its reason, and an index's fingerprint once a rebuild of it has finished.
 */
@Service
public class SearchIndexService {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);
    /** Held over the database while a start-up rebuild runs, so that of several nodes starting together one rebuilds. */
    static final String STARTUP_LOCK = "search-index-startup-rebuild";
    /** Long enough for any rebuild; a node that stops mid-rebuild leaves the lock for this long at most. */
    private static final Duration STARTUP_LOCK_AT_MOST = Duration.ofMinutes(30);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final List<Class<?>> types;
    private final IndexFingerprints fingerprints;
    private final IndexRebuildLog rebuilds;
    private final LockProvider locks;
    private final Clock clock;
    private final AtomicReference<IndexProgress> running = new AtomicReference<>();

    SearchIndexService(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                       TransactionTemplate transactions, List<SearchableContent<?>> contents,
                       IndexFingerprints fingerprints, IndexRebuildLog rebuilds, LockProvider locks, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.types = contents.stream().<Class<?>>map(SearchableContent::entityType).toList();
        this.fingerprints = fingerprints;
        this.rebuilds = rebuilds;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Starts a rebuild unless one is running. {@code progress} is called from the indexing threads as
     * documents are written, and once more when done. Returns the rebuild's completion.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<IndexProgress> rebuild(Consumer<IndexProgress> progress) {
        Map<Class<?>, Reason> all = new LinkedHashMap<>();
        types.forEach(type -> all.put(type, Reason.REQUESTED));
        return startRebuild(all, progress);
    }

    /** The rebuild under way, if any. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<IndexProgress> currentRebuild() {
        return Optional.ofNullable(running.get());
    }

    /**
     * Start-up check: drops and rebuilds each index whose stored fingerprint is missing or differs from this
     * version's mapping (old documents lack fields added since, and an OpenSearch index has the old mapping), or that
     * holds nothing while the database has its content (a new index folder). Counts cannot say more: the index rightly
     * leaves out what may not be found (hidden ideas, deleted wiki pages), so it holds fewer documents than the
     * database. Under a lock over the database until the rebuild ends, so of several nodes starting at once one
     * rebuilds and the others, finding the lock taken, leave it to that one.
     */
    CompletableFuture<IndexProgress> rebuildWhereNeeded() {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), STARTUP_LOCK,
                STARTUP_LOCK_AT_MOST, Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Another node is checking or rebuilding the search index");
            return CompletableFuture.completedFuture(new IndexProgress(0, 0, true));
        }
        try {
            Map<Class<?>, Reason> due = new LinkedHashMap<>();
            for (Class<?> type : types) {
                reasonToRebuild(type).ifPresent(reason -> due.put(type, reason));
            }
            if (due.isEmpty()) {
                lock.get().unlock();
                return CompletableFuture.completedFuture(new IndexProgress(0, 0, true));
            }
            log.info("Rebuilding search indexes: {}", due.entrySet().stream()
                    .map(entry -> fingerprints.indexName(entry.getKey()) + " (" + entry.getValue() + ")").toList());
            return startRebuild(due, p -> { }).whenComplete((done, failure) -> lock.get().unlock());
        } catch (RuntimeException failed) {
            lock.get().unlock();
            throw failed;
        }
    }

    /** Why the type's index must be rebuilt now, if it must; an index with nothing to hold only has its mark set. */
    private Optional<Reason> reasonToRebuild(Class<?> type) {
        String index = fingerprints.indexName(type);
        String current = fingerprints.of(type);
        Optional<String> stored = rebuilds.fingerprint(index);
        boolean inDatabase = readOnly.execute(status -> countInDatabase(type)) > 0;
        boolean indexEmpty = readOnly.execute(status -> Search.session(entityManager).search(type)
                .where(f -> f.matchAll()).fetchTotalHitCount()) == 0;
        if (stored.isEmpty() && !inDatabase && indexEmpty) {
            rebuilds.built(index, current);
            return Optional.empty();
        }
        if (stored.isEmpty()) {
            return Optional.of(Reason.NEW);
        }
        if (!stored.get().equals(current)) {
            return Optional.of(Reason.CHANGED);
        }
        return inDatabase && indexEmpty ? Optional.of(Reason.EMPTY) : Optional.empty();
    }

    /**
     * Drops the types' indexes, creates them with this version's mapping (an OpenSearch index keeps the mapping it was
     * created with) and fills them from the database, recording each rebuild (a record without an end: under way).
     */
    private CompletableFuture<IndexProgress> startRebuild(Map<Class<?>, Reason> scope,
                                                          Consumer<IndexProgress> progress) {
        List<Class<?>> rebuilt = List.copyOf(scope.keySet());
        long total = readOnly.execute(status -> rebuilt.stream().mapToLong(this::countInDatabase).sum());
        IndexProgress start = new IndexProgress(0, total, false);
        if (!running.compareAndSet(null, start)) {
            return CompletableFuture.failedFuture(new IllegalStateException("A rebuild is already running"));
        }
        List<Long> records;
        try {
            records = scope.entrySet().stream().map(entry -> rebuilds.started(fingerprints.indexName(entry.getKey()),
                    entry.getValue(), fingerprints.of(entry.getKey()))).toList();
        } catch (RuntimeException unrecorded) {
            running.set(null);
            throw unrecorded;
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
        return Search.mapping(entityManagerFactory).scope(rebuilt).massIndexer()
                .monitor(monitor)
                .dropAndCreateSchemaOnStart(true)
                // Two loaders (each also builds its documents, reading the case's organisation over JDBC) keep two
                // cores busy with the database; batches of 100 load a tenth as many times as the default's 10.
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                .start()
                .toCompletableFuture()
                .handle((ignored, failure) -> {
                    running.set(null);
                    records.forEach(record -> rebuilds.finished(record, failure == null));
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

    private long countInDatabase(Class<?> type) {
        return entityManager.createQuery("select count(e) from " + entityManager.getMetamodel().entity(type).getName()
                + " e", Long.class).getSingleResult();
    }
}
