package dk.coi.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction held open on a thread of its own, for tests of what a call does while another holds the rows it
 * needs: {@link #hold} runs the locking part and waits; {@link #meanwhile} starts the other call on a second thread;
 * {@link #awaitALockWait} waits until that call waits for a row lock; {@link #commit} lets the transaction finish
 * (with its part after the wait) and fails when it failed.
 */
public final class HeldTransaction implements AutoCloseable {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch locked = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Future<?> holder;

    private HeldTransaction(TransactionTemplate transaction, Runnable locking, Runnable afterTheWait) {
        holder = threads.submit(() -> transaction.executeWithoutResult(status -> {
            locking.run();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            afterTheWait.run();
        }));
    }

    /** Runs {@code locking} in a transaction and holds it open, once it has run, until {@link #commit}. */
    public static HeldTransaction hold(TransactionTemplate transaction, Runnable locking, Runnable afterTheWait)
            throws InterruptedException {
        HeldTransaction held = new HeldTransaction(transaction, locking, afterTheWait);
        assertThat(held.locked.await(30, TimeUnit.SECONDS)).as("the held transaction has its locks").isTrue();
        return held;
    }

    public static HeldTransaction hold(TransactionTemplate transaction, Runnable locking) throws InterruptedException {
        return hold(transaction, locking, () -> { });
    }

    /** Starts {@code call} on a thread of its own while the transaction is held (e.g. a person's refusal or null). */
    public <T> Future<T> meanwhile(Callable<T> call) {
        return threads.submit(call);
    }

    /** Until a transaction waits for a row lock: the call on another thread has reached the lock it must wait for. */
    public void awaitALockWait(JdbcTemplate database) {
        await().atMost(Duration.ofSeconds(30)).until(() -> database.queryForObject(
                "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'",
                Integer.class) > 0);
    }

    /** Lets the held transaction go on and commit; fails when it failed. */
    public void commit() throws Exception {
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        release.countDown();
        threads.shutdownNow();
    }
}
