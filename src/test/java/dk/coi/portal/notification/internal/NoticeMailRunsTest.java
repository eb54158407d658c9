package dk.coi.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.Notifications;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail job's runs among themselves, without a database: mail queued while a run holds the lock goes out in
 * that run, not with the next scheduled one.
 */
class NoticeMailRunsTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final NoticeMail mail = mock(NoticeMail.class);
    private final SystemIdentity system = mock(SystemIdentity.class);
    private final OneHolderAtATime locks = new OneHolderAtATime();
    private final NoticeMailJobs jobs = new NoticeMailJobs(mail, mock(FollowRepository.class), system, locks,
            background::execute, mock(TransactionTemplate.class), Clock.systemUTC(), "0 0 7 * * *");

    NoticeMailRunsTest() {
        doAnswer(call -> {
            call.<Runnable>getArgument(1).run();
            return null;
        }).when(system).run(anyString(), any(Runnable.class));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void mailQueuedWhileARunHoldsTheLockIsSentByThatRunBeforeItEnds() throws Exception {
        when(mail.deliverPending()).thenAnswer(first -> {
            // A change commits and queues mail now: its own run finds the lock held and does nothing.
            jobs.mailQueued(new Notifications.NoticeMailQueued());
            assertThat(locks.refused.await(10, TimeUnit.SECONDS)).as("the queued mail's run was refused").isTrue();
            return new NoticeMail.Run(1, false);
        }).thenReturn(new NoticeMail.Run(1, false));

        jobs.run();

        verify(mail, times(2)).deliverPending();
    }

    @Test
    void aRunWithNothingQueuedMeanwhileSendsOnce() {
        when(mail.deliverPending()).thenReturn(new NoticeMail.Run(0, false));

        jobs.run();

        verify(mail, times(1)).deliverPending();
    }

    /** The database lock's rule in memory: one holder at a time, and a refusal for anyone else. */
    private static final class OneHolderAtATime implements LockProvider {
        private final AtomicBoolean held = new AtomicBoolean();
        private final CountDownLatch refused = new CountDownLatch(1);

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            if (!held.compareAndSet(false, true)) {
                refused.countDown();
                return Optional.empty();
            }
            return Optional.of(() -> held.set(false));
        }
    }
}
