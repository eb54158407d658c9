package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Group commit of votes (design decision 012): the votes waiting at a moment go to the database together, as one
 * transaction and one commit on one of the {@link VoteConnections}, each vote still its own statements and its own
 * row count, so each caller's answer stays exact. One worker thread per vote connection takes whatever waits when it
 * is free (at most {@link #MOST_IN_A_BATCH}), so a vote alone goes at once and a burst shares its commits. Votes are
 * taken in the order they came (a FIFO queue, fair like the {@link VoteQueue} it replaces for these votes).
 * <p>
 * One lock order for the whole batch, so two batches cannot deadlock: first every person's lock in the batch
 * (their storm_participant rows) in (storm, person) order, as a merge takes them ({@link IdeaMerges#lockVoters}),
 * and only then the votes, in (storm, idea, person) order, whose inserts take shared locks on the idea, storm, phase
 * and person rows. A batch that fails (a lock wait timeout, a deadlock chosen by InnoDB, any error) is rolled back
 * whole and its votes are done again one transaction each, so one vote's failure is that vote's answer alone.
 * <p>
 * A caller waits for its answer no longer than the portal's pool lets anyone wait for a connection: a vote not
 * taken into a batch by then is withdrawn from the queue and refused as busy (translated); one already taken is
 * waited for, as its batch will answer it.
 */
@Component
class VoteBatches {

    /** The most votes in one transaction: enough to share a commit widely, few enough to hold locks briefly. */
    static final int MOST_IN_A_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(VoteBatches.class);

    /** A vote's change waiting for its batch, and its answer. */
    private static final class Waiting {
        final VoteChange change;
        final CompletableFuture<Boolean> answer = new CompletableFuture<>();
        /** Whether the batch made the change; answered once the batch has committed. */
        boolean made;
        /** Set once: by the batch taking the change, or by its caller giving up before that. */
        final AtomicBoolean claimed = new AtomicBoolean();

        Waiting(VoteChange change) {
            this.change = change;
        }
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final VoteConnections connections;
    private final Duration mostWait;
    private final List<Thread> workers = new ArrayList<>();

    @Autowired
    VoteBatches(VoteConnections connections) {
        this(connections, connections.size(), connections.connectionTimeout());
    }

    VoteBatches(VoteConnections connections, int workers, Duration mostWait) {
        this.connections = connections;
        this.mostWait = mostWait;
        for (int worker = 0; worker < workers; worker++) {
            this.workers.add(Thread.ofPlatform().name("vote-batches-" + worker).daemon().start(this::work));
        }
    }

    /** Whether the change was made (committed); false when a rule refuses it or there was nothing to change. */
    boolean made(VoteChange change) {
        Waiting waiting = new Waiting(change);
        queue.add(waiting);
        try {
            return answer(waiting);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            if (waiting.claimed.compareAndSet(false, true)) {
                throw new CannotCreateTransactionException("Interrupted while waiting to vote", interrupted);
            }
            return waiting.answer.join();
        }
    }

    private boolean answer(Waiting waiting) throws InterruptedException {
        try {
            try {
                return waiting.answer.get(mostWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException late) {
                if (waiting.claimed.compareAndSet(false, true)) {
                    queue.remove(waiting);
                    throw new InvalidInputException(Map.of("vote", "ideastorm.vote.busy"));
                }
                return waiting.answer.get();
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private void work() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Waiting> batch = new ArrayList<>();
                claim(queue.take(), batch);
                Waiting next;
                while (batch.size() < MOST_IN_A_BATCH && (next = queue.poll()) != null) {
                    claim(next, batch);
                }
                if (!batch.isEmpty()) {
                    run(batch);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static void claim(Waiting waiting, List<Waiting> batch) {
        if (waiting.claimed.compareAndSet(false, true)) {
            batch.add(waiting);
        }
    }

    private void run(List<Waiting> batch) {
        try {
            connections.inTransaction(database -> {
                batch.stream().map(waiting -> waiting.change).sorted(VoteChange.LOCK_ORDER)
                        .forEach(change -> change.lock(database));
                batch.stream().sorted(Comparator.comparing(waiting -> waiting.change, VoteChange.CHANGE_ORDER))
                        .forEach(waiting -> waiting.made = waiting.change.make(database));
                return null;
            });
            batch.forEach(waiting -> waiting.answer.complete(waiting.made));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.getFirst().answer.completeExceptionally(failed);
                return;
            }
            LOG.info("A batch of {} votes was rolled back; each is done again on its own", batch.size(), failed);
            batch.forEach(waiting -> run(List.of(waiting)));
        }
    }

    @PreDestroy
    void stop() {
        workers.forEach(Thread::interrupt);
        Waiting left;
        while ((left = queue.poll()) != null) {
            if (left.claimed.compareAndSet(false, true)) {
                left.answer.completeExceptionally(new InvalidInputException(Map.of("vote", "ideastorm.vote.busy")));
            }
        }
    }
}
