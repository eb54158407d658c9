package dk.coi.portal.notification.internal;

import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.DateFormats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When notice mail goes out: right after a change that queued some has committed, and every minute for
 * anything held back (a mail server outage) and for the daily digest, which is due once the digest time
 * ({@code portal.notification.digest-cron}, Danish time) has passed: a digest missed because the portal or the mail
 * server was down goes out on the first run after. Every run holds one ShedLock lock over the database, so with
 * several nodes only one sends and no mail goes twice, and runs as the system identity. Mail queued while a run
 * holds the lock is sent by that run before it lets go, not a minute later. Expired follows are cleared on the way.
 */
@Component
class NoticeMailJobs {

    private static final String LOCK = "notification-mail";

    private final NoticeMail mail;
    private final FollowRepository follows;
    private final SystemIdentity system;
    private final LockingTaskExecutor locks;
    private final TaskExecutor background;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CronExpression digestTime;
    /** Set by every queued mail; a run clears it when it starts and goes round again if it is set at its end. */
    private final AtomicBoolean mailQueuedDuringRun = new AtomicBoolean();

    NoticeMailJobs(NoticeMail mail, FollowRepository follows, SystemIdentity system, LockProvider lockProvider,
                  @Qualifier("applicationTaskExecutor") TaskExecutor background, TransactionTemplate transactions,
                  Clock clock, @Value("${portal.notification.digest-cron}") String digestCron) {
        this.mail = mail;
        this.follows = follows;
        this.system = system;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.background = background;
        this.transactions = transactions;
        this.clock = clock;
        this.digestTime = CronExpression.parse(digestCron);
    }

    @TransactionalEventListener
    void mailQueued(Notifications.NoticeMailQueued queued) {
        mailQueuedDuringRun.set(true);
        background.execute(this::run);
    }

    @Scheduled(fixedDelayString = "${portal.notification.mail-retry-interval}", initialDelayString = "PT20S")
    void run() {
        // A run triggered while another holds the lock does nothing; the holder sees the flag and goes again.
        AtomicBoolean ran = new AtomicBoolean();
        do {
            ran.set(false);
            // A run stops sending after a few minutes (NoticeMail), well inside the ten the lock may be held.
            locks.executeWithLock((Runnable) () -> {
                ran.set(true);
                mailQueuedDuringRun.set(false);
                system.run(LOCK, this::sendDue);
            }, new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } while (ran.get() && mailQueuedDuringRun.get());
    }

    private void sendDue() {
        if (!mail.deliverPending().serverAway()) {
            mail.sendDigests(lastDigestTime(clock.instant()));
        }
        transactions.executeWithoutResult(status -> follows.deleteExpired(clock.instant()));
    }

    /** The latest digest time at or before now; notices collected before it are due in a digest. */
    Instant lastDigestTime(Instant now) {
        ZonedDateTime latest = null;
        for (ZonedDateTime next = digestTime.next(now.atZone(DateFormats.DANISH_TIME).minusDays(2));
             next != null && !next.toInstant().isAfter(now); next = digestTime.next(next)) {
            latest = next;
        }
        return latest == null ? Instant.EPOCH : latest.toInstant();
    }
}
