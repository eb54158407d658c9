package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets votes at a connection in the order they came (design decision 012). A connection pool is not fair: a thread
 * asking for a connection just as one is handed back may take it before threads that have waited long, so with many
 * more voters than connections a few waited past the pool's 5 s timeout while the rest were served in milliseconds
 * (50 threads on the pool of 10, load ≈ 17: 20 of 1 800 calls timed out, 5.2 s the longest wait for a connection,
 * while InnoDB counted one row-lock wait of 2 ms in the whole run). Votes therefore queue first for a permit of a
 * fair semaphore, one permit for each of the {@link VoteConnections}, and only a vote holding one asks for a
 * connection, which is then free. A vote called inside a transaction holds a connection already and goes straight on.
 * A vote waits for its turn no longer than the portal's pool lets anyone wait for a connection
 * ({@code spring.datasource.hikari.connection-timeout}, 5 s): it waits on the Vaadin UI thread, holding the session's
 * lock, so a vote not given a permit by then is refused with a translated reason (busy now, try again) the vote button
 * shows, rather than an error. The bound is on the wait for the turn only: with its permit, the vote runs its own
 * transaction on a vote connection (free, as there are as many permits as connections), and, when that adds nothing,
 * the rules read one by one in a transaction of the portal's, which may wait for one of the portal's connections up
 * to that timeout again; either transaction may wait for row locks (a merge of the idea under way, the person's own
 * vote in another tab) up to InnoDB's lock wait timeout.
 */
@Component
public class VoteQueue {

    private final Semaphore permits;
    private final Duration mostWait;

    @Autowired
    VoteQueue(VoteConnections connections) {
        this(connections.size(), connections.connectionTimeout());
    }

    VoteQueue(int connections, Duration mostWait) {
        this.permits = new Semaphore(connections, true);
        this.mostWait = mostWait;
    }

    /** Runs the vote (which takes a connection) once it is its turn. */
    public <T> T inTurn(Supplier<T> vote) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return vote.get();
        }
        try {
            if (!permits.tryAcquire(mostWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InvalidInputException(Map.of("vote", "ideastorm.vote.busy"));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting to vote", interrupted);
        }
        try {
            return vote.get();
        } finally {
            permits.release();
        }
    }
}
