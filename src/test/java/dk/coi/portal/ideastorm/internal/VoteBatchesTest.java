package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.shared.InvalidInputException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The vote batches' promises to their callers (design decision 012), on a database that answers as told: a batch that
 * throws (an Error too) or whose commit fails answers every caller (not made: the caller's own rules then decide) and
 * the worker goes on; a caller waits no longer than the bound, and its
 * vote is then never made, neither from the queue nor from a batch that had taken it; stopping makes what is queued,
 * takes nothing new and joins the workers. The same batches on the real MariaDB: VoteBatchesDatabaseTest.
 */
class VoteBatchesTest {

    private static final Duration BOUND = Duration.ofMillis(400);
    private static final int FAILING_IDEA = 13;
    private static final int FAILING_AT_COMMIT = 14;

    /** Every change committed, and the first batch held until released. */
    private final Queue<VoteChange> committed = new ConcurrentLinkedQueue<>();
    private final CountDownLatch firstBatchIn = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Thread worker;
    private VoteBatches batches;

    /** Holds the first batch before it makes anything; refuses batches with the failing idea (with an Error). */
    private final VoteBatches.Database database = (batch, takingPersonsLocks, mayCommit) -> {
        if (firstBatchIn.getCount() > 0) {
            worker = Thread.currentThread();
            firstBatchIn.countDown();
            awaitRelease();
        }
        if (batch.stream().anyMatch(change -> change.idea() == FAILING_IDEA)) {
            throw new AssertionError("A worker's Error");
        }
        if (!mayCommit.getAsBoolean()) {
            return null;
        }
        if (batch.stream().anyMatch(change -> change.idea() == FAILING_AT_COMMIT)) {
            throw new SQLException("The connection was lost while committing", "08S01");
        }
        committed.addAll(batch);
        boolean[] made = new boolean[batch.size()];
        Arrays.fill(made, true);
        return made;
    };

    private void awaitRelease() {
        try {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private void start(Duration bound) {
        batches = new VoteBatches(database, 1, bound);
        batches.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (batches != null && batches.isRunning()) {
            batches.stop();
        }
    }

    private static VoteChange vote(long idea) {
        return new VoteChange(true, idea, 1, 7, List.of("SIGNED_IN"));
    }

    private CompletableFuture<Boolean> voteMeanwhile(long idea) {
        return CompletableFuture.supplyAsync(() -> batches.made(vote(idea)));
    }

    private static void assertBusy(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("vote", "ideastorm.vote.busy")));
    }

    /**
     * A commit that fails once it has begun (the connection lost): whether it was made is unknown, so every vote of
     * the batch is answered "not made" at once (its caller's rules then decide), none waits for a redo.
     */
    @Test
    void aBatchWhoseCommitFailsAnswersEveryCallerNotMadeAtOnce() throws Exception {
        aFailingVoteBesideAGoodOne(FAILING_AT_COMMIT, false);
    }

    /** A batch that throws before its commit is made again one by one: the good vote is made, the failing not. */
    @Test
    void aBatchThatThrowsAnswersEveryCallerAndItsWorkerGoesOn() throws Exception {
        aFailingVoteBesideAGoodOne(FAILING_IDEA, true);
    }

    /** The failing vote and a good one in a batch after a first: every caller answered, and the worker goes on. */
    private void aFailingVoteBesideAGoodOne(long failingIdea, boolean goodMade) throws Exception {
        start(BOUND);
        CompletableFuture<Boolean> holding = voteMeanwhile(1);
        assertThat(firstBatchIn.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> failing = voteMeanwhile(failingIdea);
        CompletableFuture<Boolean> good = voteMeanwhile(2);
        await().until(() -> batchesQueued() == 2);
        release.countDown();

        assertThat(holding.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(good.get(30, TimeUnit.SECONDS)).isEqualTo(goodMade);
        assertThat(failing.get(30, TimeUnit.SECONDS)).as("not made the quick way").isFalse();
        assertThat(batches.made(vote(failingIdea))).isFalse();
        assertThat(batches.made(vote(3))).isTrue();
        assertThat(committed).extracting(VoteChange::idea).containsExactlyElementsOf(goodMade ? List.of(1L, 2L, 3L)
                : List.of(1L, 3L));
    }

    /**
     * One person's withdrawal and vote on an idea, in that order, in one batch: the withdrawal's part (with the
     * person's lock) goes first, so the vote stands, as it would have one call after the other.
     */
    @Test
    void aBatchsTwoPartsGoInTheOrderOfTheirFirstVotes() throws Exception {
        VoteBatches.Database withdrawalsLock = new VoteBatches.Database() {
            @Override
            public boolean[] commit(List<VoteChange> batch, boolean takingPersonsLocks, BooleanSupplier mayCommit)
                    throws SQLException {
                return database.commit(batch, takingPersonsLocks, mayCommit);
            }

            @Override
            public boolean takesPersonsLock(VoteChange change) {
                return !change.adding();
            }
        };
        batches = new VoteBatches(withdrawalsLock, 1, BOUND.multipliedBy(25));
        batches.start();
        CompletableFuture<Boolean> holding = voteMeanwhile(1);
        assertThat(firstBatchIn.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> withdrawal = CompletableFuture.supplyAsync(() -> batches.made(
                new VoteChange(false, 5, 1, 7, List.of("SIGNED_IN"))));
        await().until(() -> batchesQueued() == 1);
        CompletableFuture<Boolean> voteAgain = voteMeanwhile(5);
        await().until(() -> batchesQueued() == 2);
        release.countDown();

        assertThat(List.of(holding.get(30, TimeUnit.SECONDS), withdrawal.get(30, TimeUnit.SECONDS),
                voteAgain.get(30, TimeUnit.SECONDS))).containsOnly(true);
        assertThat(committed).extracting(VoteChange::adding).containsExactly(true, false, true);
    }

    @Test
    void aCallerWaitsNoLongerThanTheBoundAndItsVoteIsThenNeverMade() throws Exception {
        start(BOUND);
        CompletableFuture<Boolean> holding = voteMeanwhile(1);
        assertThat(firstBatchIn.await(30, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertBusy(() -> batches.made(vote(2)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(BOUND, BOUND.multipliedBy(10));
        assertBusy(() -> answerOf(holding));
        release.countDown();

        assertThat(batches.made(vote(3))).isTrue();
        assertThat(committed).extracting(VoteChange::idea).containsExactly(3L);
    }

    @Test
    void stoppingMakesTheQueuedVotesThenTakesNoneAndJoinsTheWorkers() throws Exception {
        start(Duration.ofSeconds(10));
        CompletableFuture<Boolean> holding = voteMeanwhile(1);
        assertThat(firstBatchIn.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> queued = voteMeanwhile(2);
        await().until(() -> batchesQueued() == 1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(batches::stop);
        await().until(() -> !batches.isRunning());
        release.countDown();

        stopping.get(30, TimeUnit.SECONDS);
        assertThat(holding.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.isAlive()).isFalse();
        assertBusy(() -> batches.made(vote(3)));
        assertThat(committed).extracting(VoteChange::idea).containsExactly(1L, 2L);
    }

    private int batchesQueued() {
        return batches.queued();
    }

    /** The future's answer, or what the call threw. */
    private static boolean answerOf(CompletableFuture<Boolean> call) throws Throwable {
        try {
            return call.join();
        } catch (CompletionException failed) {
            throw failed.getCause();
        }
    }
}
