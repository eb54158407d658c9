package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.SystemIdentity;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When watch mail goes out: right after a change that queued some has committed, again every minute for
 * anything a mail server outage held back, and the daily digest each morning. Each job holds a ShedLock lock
 * over the database, so with several nodes only one sends, and runs as the system identity. Expired watches
 * are cleared once a day.
 */
@Component
class WatchMailJobs {

    private static final String DELIVERY = "wiki-watch-mail";
    private static final String DIGEST = "wiki-watch-digest";

    private final WatchMail mail;
    private final WikiWatchRepository watches;
    private final SystemIdentity system;
    private final LockingTaskExecutor locks;
    private final TaskExecutor background;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WatchMailJobs(WatchMail mail, WikiWatchRepository watches, SystemIdentity system, LockProvider lockProvider,
                  @Qualifier("applicationTaskExecutor") TaskExecutor background, TransactionTemplate transactions,
                  Clock clock) {
        this.mail = mail;
        this.watches = watches;
        this.system = system;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.background = background;
        this.transactions = transactions;
        this.clock = clock;
    }

    @TransactionalEventListener
    void mailQueued(WatchNotifier.WatchMailQueued queued) {
        background.execute(this::deliver);
    }

    @Scheduled(fixedDelayString = "${portal.wiki.mail-retry-interval:PT1M}", initialDelayString = "PT30S")
    void deliver() {
        locked(DELIVERY, Duration.ZERO, () -> system.run(DELIVERY, mail::deliverPending));
    }

    @Scheduled(cron = "${portal.wiki.digest-cron:0 0 7 * * *}", zone = "Europe/Copenhagen")
    void digest() {
        // Held for a while after finishing, so a node whose clock is a little behind does not send it again.
        locked(DIGEST, Duration.ofMinutes(30), () -> {
            system.run(DIGEST, mail::sendDigests);
            transactions.executeWithoutResult(status -> watches.deleteExpired(clock.instant()));
        });
    }

    private void locked(String name, Duration atLeast, Runnable job) {
        locks.executeWithLock(job, new LockConfiguration(clock.instant(), name, Duration.ofMinutes(10), atLeast));
    }
}
