package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.InvalidInputException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A vote waiting in {@link VoteBatches} for its answer, and who decides its fate: queued, then taken into a batch by
 * a worker or given up by its caller at its deadline; taken, then committing (the batch's commit has begun, so the
 * caller waits for it) or given up (the batch is then rolled back and made without it). A vote given up is never made.
 */
final class Waiting {

    private enum State { QUEUED, TAKEN, COMMITTING, GIVEN_UP }

    final VoteChange change;
    /** {@link System#nanoTime()} by when the caller gives up, unless the vote's commit is under way. */
    final long deadline;
    final CompletableFuture<Boolean> answer = new CompletableFuture<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);

    Waiting(VoteChange change, long deadline) {
        this.change = change;
        this.deadline = deadline;
    }

    /** A worker takes the vote into its batch, unless its caller gave it up. */
    boolean take() {
        return state.compareAndSet(State.QUEUED, State.TAKEN);
    }

    /** The caller (or a worker, past the deadline) gives the vote up, unless its commit is under way. */
    boolean giveUp() {
        return state.compareAndSet(State.QUEUED, State.GIVEN_UP) || state.compareAndSet(State.TAKEN, State.GIVEN_UP);
    }

    /** The batch's commit is about to begin: from now on the caller waits for it. */
    boolean commit() {
        return state.compareAndSet(State.TAKEN, State.COMMITTING);
    }

    /** Whether the batch's commit has begun: from then on only the commit's outcome answers the caller. */
    boolean committing() {
        return state.get() == State.COMMITTING;
    }

    /** The batch was rolled back before its commit (another vote of it given up): the vote is taken again. */
    void uncommit() {
        state.compareAndSet(State.COMMITTING, State.TAKEN);
    }

    /** Whether the batch still makes the vote: it is taken and within its deadline (past it, it is given up here). */
    boolean stillAwaited() {
        if (state.get() == State.TAKEN && System.nanoTime() - deadline > 0 && giveUp()) {
            answer.completeExceptionally(new InvalidInputException(Map.of("vote", "ideastorm.vote.busy")));
        }
        return state.get() == State.TAKEN;
    }
}
