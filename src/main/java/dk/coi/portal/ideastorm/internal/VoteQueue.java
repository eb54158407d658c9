package dk.coi.portal.ideastorm.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Lets votes at their connection in the order they came (design decision 012). The connection pool is not fair: a
 * thread asking for a connection just as one is handed back may take it before threads that have waited long, so
 * with many more voters than connections a few waited past the pool's timeout while the rest were served in
 * milliseconds (50 threads on a pool of 10: 20 of 1 800 calls timed out after 5 s, with one InnoDB row-lock wait in
 * the whole run). Votes therefore queue first for one of a fair semaphore's permits — fewer than the pool's
 * connections, so pages and the live push still find one — and only a vote holding a permit asks the pool, which then
 * has a connection free for it. A vote called inside a transaction that holds a connection already goes straight on.
 */
@Component
public class VoteQueue {

    /** Connections the queue leaves to everything else. */
    static final int LEFT_FOR_OTHERS = 2;
    /** Longer than any fair wait; reached only while the database does not answer at all. */
    static final Duration MOST_WAIT = Duration.ofSeconds(30);

    private final Semaphore permits;

    VoteQueue(DataSource dataSource) {
        this.permits = new Semaphore(Math.max(1, poolSize(dataSource) - LEFT_FOR_OTHERS), true);
    }

    static int poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException unknown) {
            // An unknown pool: its size is not known either.
        }
        return 10;
    }

    public int permits() {
        return permits.availablePermits();
    }

    /** Runs the vote (which takes a connection) once it is its turn. */
    public <T> T inTurn(Supplier<T> vote) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return vote.get();
        }
        try {
            if (!permits.tryAcquire(MOST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CannotCreateTransactionException("No connection for a vote within " + MOST_WAIT);
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
