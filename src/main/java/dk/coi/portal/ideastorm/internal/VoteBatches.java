package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.InvalidInputException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Votes made in batches (design decision 012): the votes waiting when a worker is free go to the database together on
 * one of the {@link VoteConnections} ({@link VoteStatements}: each vote's answer is whether it was made). The changes
 * that take their person's lock (withdrawals, votes against a budget) and the others go as two parts, each one
 * transaction and one commit. One worker per vote connection, one queue in the order the votes came: a vote alone goes
 * at once, a burst shares its statements and commits (at most {@link #MOST_IN_A_BATCH}).
 * <p>
 * A caller waits on the Vaadin UI thread, so no longer than the portal's pool lets anyone wait for a connection:
 * by then a vote not yet in a batch leaves the queue, and one in a batch not yet committing is left out of it (the
 * batch is rolled back and made again without it); either is refused as busy (translated), and is then certainly not
 * made. Only a commit under way is waited for past that bound (a commit waits for no lock). A batch that fails before
 * its commit (a deadlock, a lock wait timeout, anything thrown, an {@code Error} too) is rolled back and its votes
 * made again one by one; a commit that fails once begun, and a vote that fails on its own, answer "not made", and the
 * caller's rules, read one by one, find the vote made or make it. The worker always goes on, and every caller is
 * answered. Stopping takes no new votes, makes those queued, fails any left and waits for the workers.
 */
@Component
public class VoteBatches implements SmartLifecycle {

    /** The most votes in one transaction: enough to share a commit widely, few enough to hold locks briefly. */
    static final int MOST_IN_A_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(VoteBatches.class);
    /** Stops a worker once the votes queued before it are made. */
    private static final Waiting STOP = new Waiting(null, 0);

    /** Where a batch is made: in one transaction, committed only if {@code mayCommit}; null when rolled back so. */
    interface Database {
        /** {@code takingPersonsLocks}: the changes take their people's locks (else none does), as decided here. */
        boolean[] commit(List<VoteChange> batch, boolean takingPersonsLocks, BooleanSupplier mayCommit)
                throws SQLException;

        /** Whether the change takes its person's lock: such changes are made in a batch apart from the others. */
        default boolean takesPersonsLock(VoteChange change) {
            return true;
        }
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Database database;
    private final int workerCount;
    private final Duration mostWait;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    @Autowired
    VoteBatches(VoteStatements database, VoteConnections connections) {
        this(database, connections.size(), connections.connectionTimeout());
    }

    VoteBatches(Database database, int workers, Duration mostWait) {
        this.database = database;
        this.workerCount = workers;
        this.mostWait = mostWait;
    }

    /**
     * Whether the change was made (committed); false when a rule refuses it or there was nothing to change. Refused as
     * busy when it could not be made within the bound; then it was not made.
     */
    public boolean made(VoteChange change) {
        Waiting waiting = new Waiting(change, System.nanoTime() + mostWait.toNanos());
        queue.add(waiting);
        if (!running && waiting.giveUp()) {
            queue.remove(waiting);
            throw busy();
        }
        try {
            return answer(waiting);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            if (waiting.giveUp()) {
                queue.remove(waiting);
                throw new CannotCreateTransactionException("Interrupted while waiting to vote", interrupted);
            }
            return waiting.answer.join();
        }
    }

    private boolean answer(Waiting waiting) throws InterruptedException {
        try {
            try {
                return waiting.answer.get(Math.max(0, waiting.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                if (waiting.giveUp()) {
                    queue.remove(waiting);
                    throw busy();
                }
                // Its commit is under way: its answer is the commit's.
                return waiting.answer.get();
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof InvalidInputException refused) {
                throw refused;
            }
            // Not made the quick way (the database failed, or the worker): the caller's rules read one by one decide,
            // which find the vote made or make it. (The failure's trace is logged once, by its batch.)
            LOG.warn("A vote was not made the quick way: {}", String.valueOf(failed.getCause()));
            return false;
        }
    }

    /** How many votes wait for a worker now. */
    int queued() {
        return queue.size();
    }

    private static InvalidInputException busy() {
        return new InvalidInputException(Map.of("vote", "ideastorm.vote.busy"));
    }

    private void work() {
        boolean stopping = false;
        while (!stopping) {
            List<Waiting> batch = new ArrayList<>();
            try {
                Waiting next = queue.take();
                while (next != null) {
                    if (next == STOP) {
                        stopping = true;
                        break;
                    }
                    if (next.take()) {
                        batch.add(next);
                    }
                    next = batch.size() < MOST_IN_A_BATCH ? queue.poll() : null;
                }
            } catch (InterruptedException interrupted) {
                stopping = true;
            }
            if (!batch.isEmpty()) {
                make(batch);
            }
        }
    }

    /**
     * Makes the batch, answering every vote in it whatever happens: the changes that take their person's lock apart
     * from the others, each part in a transaction of its own.
     */
    private void make(List<Waiting> batch) {
        Map<Boolean, List<Waiting>> parts = batch.stream()
                .collect(Collectors.partitioningBy(waiting -> database.takesPersonsLock(waiting.change)));
        // The part of the first vote first, so that one person's withdrawal and vote again, come in that order, are
        // made in that order.
        boolean first = parts.get(true).contains(batch.getFirst());
        for (boolean takingPersonsLocks : new boolean[] {first, !first}) {
            List<Waiting> part = parts.get(takingPersonsLocks);
            if (!part.isEmpty()) {
                makePart(part, takingPersonsLocks);
            }
        }
    }

    /** Makes the part, answering every vote in it whatever happens (not made, when nothing else answered it). */
    private void makePart(List<Waiting> part, boolean takingPersonsLocks) {
        try {
            makeTogether(part, takingPersonsLocks);
        } catch (Throwable failed) {
            part.forEach(waiting -> waiting.answer.completeExceptionally(failed));
            LOG.error("A batch of {} votes failed", part.size(), failed);
        } finally {
            part.forEach(waiting -> waiting.answer.complete(false));
        }
    }

    /** The batch's votes still awaited in one transaction; one by one if it fails, again without any given up. */
    private void makeTogether(List<Waiting> batch, boolean takingPersonsLocks) throws SQLException {
        List<Waiting> awaited = batch.stream().filter(Waiting::stillAwaited).toList();
        if (awaited.isEmpty()) {
            return;
        }
        boolean[] made;
        try {
            made = database.commit(awaited.stream().map(waiting -> waiting.change).toList(), takingPersonsLocks,
                    () -> allCommitting(awaited));
        } catch (SQLException | RuntimeException | Error failed) {
            if (awaited.getFirst().committing()) {
                // The commit failed once begun: whether it was made is unknown, and no caller waits for a redo. Each
                // is answered "not made" at once; its caller's rules, read one by one, find it made or make it.
                LOG.warn("The commit of a batch of {} votes failed", awaited.size(), failed);
                awaited.forEach(waiting -> waiting.answer.complete(false));
                return;
            }
            if (awaited.size() == 1) {
                throw failed;
            }
            LOG.info("A batch of {} votes was rolled back; each is made again on its own", awaited.size(), failed);
            for (Waiting waiting : awaited) {
                makePart(List.of(waiting), takingPersonsLocks);
            }
            return;
        }
        if (made == null) {
            makeTogether(awaited, takingPersonsLocks);
            return;
        }
        for (int at = 0; at < made.length; at++) {
            awaited.get(at).answer.complete(made[at]);
        }
    }

    /** Marks every vote of the batch as committing, unless one was given up meanwhile (then none is). */
    private static boolean allCommitting(List<Waiting> batch) {
        for (int at = 0; at < batch.size(); at++) {
            if (!batch.get(at).commit()) {
                batch.subList(0, at).forEach(Waiting::uncommit);
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int worker = 0; worker < workerCount; worker++) {
            workers.add(Thread.ofPlatform().name("vote-batches-" + worker).daemon().start(this::work));
        }
    }

    /** Takes no new votes, makes those queued, then fails any left (a vote queued as it stopped) and joins. */
    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(worker -> queue.add(STOP));
        for (Thread worker : workers) {
            try {
                if (!worker.join(mostWait.multipliedBy(2))) {
                    LOG.warn("Vote worker {} did not stop in time", worker.getName());
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.clear();
        Waiting left;
        while ((left = queue.poll()) != null) {
            if (left != STOP && left.giveUp()) {
                left.answer.completeExceptionally(busy());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase) let its last requests finish. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
