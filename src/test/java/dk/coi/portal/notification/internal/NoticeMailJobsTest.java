package dk.coi.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.wiki.WikiWatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheduled mail job itself: it sends the daily digest once its time has passed, and only once. */
@PortalTest
class NoticeMailJobsTest {

    @Autowired
    NoticeMail mail;
    @Autowired
    FollowRepository watches;
    @Autowired
    NoticeRepository notices;
    @Autowired
    SystemIdentity system;
    @Autowired
    LockProvider locks;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    GreenMail mailServer;
    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    FollowService follows;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private NoticeMailJobs jobs(Clock at, String digestCron) {
        return new NoticeMailJobs(mail, watches, system, locks, Runnable::run, transactions, at, digestCron);
    }

    @Test
    void theDigestTimeIsTheLatestMorningInDanishTime() {
        NoticeMailJobs daily = jobs(clock, "0 0 7 * * *");
        assertThat(daily.lastDigestTime(Instant.parse("2026-12-01T08:30:00Z"))).isEqualTo("2026-12-01T06:00:00Z");
        assertThat(daily.lastDigestTime(Instant.parse("2026-12-01T05:59:00Z"))).isEqualTo("2026-11-30T06:00:00Z");
        assertThat(daily.lastDigestTime(Instant.parse("2026-07-01T05:30:00Z"))).as("summer time")
                .isEqualTo("2026-07-01T05:00:00Z");
    }

    @Test
    void theJobSendsTheDigestOnceItsTimeHasPassedAndOnlyOnce() throws Exception {
        TestPerson watcher = signedIn.signUp("Jørgen Job");
        TestPerson editor = signedIn.signUp("Erik Skriver");
        String title = "Job " + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(editor, Role.CITIZEN);
        long version = wiki.save(new WikiEdit(title, "Første", "ny", false, null)).version();
        signedIn.as(watcher, Role.CITIZEN);
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        follows.changeSettings(new MailSettings(MailMode.DAILY_DIGEST, PortalLocales.DANISH));
        signedIn.as(editor, Role.CITIZEN);
        wiki.save(new WikiEdit(title, "Anden", "ændret", false, version));
        signedIn.clear();

        NoticeMailJobs beforeDigestTime = jobs(clock, "0 0 0 1 1 *");
        beforeDigestTime.run();
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).isEmpty();
        // Two minutes on, a digest time (every minute here) has passed since the change.
        NoticeMailJobs afterDigestTime = jobs(Clock.offset(clock, Duration.ofMinutes(2)), "0 * * * * *");
        // The portal's own run may hold the lock for a moment: a run that finds it held does nothing.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            afterDigestTime.run();
            return !TestMailServer.mailTo(mailServer, watcher.email()).isEmpty();
        });
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).hasSize(1).first()
                .satisfies(digest -> assertThat(digest.getSubject())
                        .isEqualTo("Innovationsportalen: din daglige sammenfatning"));

        // The known point: every notice of the watcher is marked as mailed, so no run can mail it again.
        assertThat(notices.findByPersonId(watcher.id())).isNotEmpty().extracting(StoredNotice::getMailState)
                .containsOnly(StoredNotice.MailState.SENT);
        afterDigestTime.run();
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).hasSize(1);
    }
}
