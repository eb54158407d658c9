package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.PhaseKind;
import dk.coi.portal.ideastorm.PhaseTimes;
import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormPhaseChanged;
import dk.coi.portal.ideastorm.StormResultsPublished;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.FollowChoice;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Following storms on the real database, with the clock the test moves and mail through a real SMTP server: a
 * storm's followers hear, in the portal and by mail in their own language and as they chose, when it opens, a day
 * before a voting phase ends (once per phase and end, catching up after downtime but not after the end, once with
 * two runners) and when its results are published.
 */
@PortalTest
class StormFollowingTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    StormService storms;
    @Autowired
    FollowService follows;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    GreenMail mailServer;
    @Autowired
    JdbcTemplate database;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    StormVotingReminders reminders;
    @Autowired
    StormJobs jobs;
    @Autowired
    LockProvider locks;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm's start a little ahead of the clock, on the whole minute so times compare exactly. */
    private Instant soon() {
        return clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
    }

    private StormId create(StormTemplate template, Instant start, Duration... lengths) {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId id = storms.create(new NewStorm("Følg " + start.toEpochMilli() % 100_000, "Hvordan?", "", "COI",
                Audience.SIGNED_IN, null, template, start, List.of(lengths)));
        storms.publish(id);
        signedIn.clear();
        return id;
    }

    /** A person who follows the storm and reads mail in {@code language}, as {@code mail} says. */
    private TestPerson follower(StormId storm, Locale language, MailMode mail) {
        TestPerson person = signedIn.signUp("Frida Følger");
        signedIn.as(person, Role.CITIZEN);
        follows.follow(StormFollowing.storm(storm), FollowPeriod.PERMANENT, language);
        follows.changeSettings(new MailSettings(mail, language));
        signedIn.clear();
        return person;
    }

    private void moveClockTo(Instant time) {
        clock.advance(Duration.between(clock.instant(), time));
    }

    /** The reminder job's work, as it runs on one node (a run of the scheduler's own may be at it too). */
    private int remind() {
        return system.call("test", reminders::remindDue);
    }

    private void runPhaseJob() {
        system.call("test", storms::advanceDuePhases);
    }

    private List<String> noticeKinds(TestPerson person, StormId storm) {
        signedIn.as(person, Role.CITIZEN);
        try {
            return follows.notices("ideastorm", 50).stream()
                    .filter(notice -> notice.subject().equals(StormFollowing.storm(storm)))
                    .map(Notice::kind).toList();
        } finally {
            signedIn.clear();
        }
    }

    private void awaitNotices(TestPerson person, StormId storm, String... kinds) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(noticeKinds(person, storm)).containsExactlyInAnyOrder(kinds));
    }

    /** Waits until the listeners have handled every storm event published so far. */
    private void awaitListenersDone() {
        await().atMost(Duration.ofSeconds(20)).until(() -> database.queryForObject(
                "select count(*) from event_publication where completion_date is null and (event_type like ? "
                        + "or event_type like ?)", Integer.class, "%StormPhaseChanged", "%StormResultsPublished") == 0);
    }

    private List<MimeMessage> mailTo(TestPerson person, int expected) throws InterruptedException {
        return TestMailServer.awaitMailTo(mailServer, person.email(), expected);
    }

    private static String bodyOf(MimeMessage mail) throws IOException, MessagingException {
        return (String) mail.getContent();
    }

    private static String textOf(MimeMessage mail) {
        try {
            return bodyOf(mail);
        } catch (IOException | MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void aSignedInPersonMayFollowAStormAndAVisitorMayNot() {
        StormId id = create(StormTemplate.SIMPLE, soon(), HOUR, HOUR, HOUR);
        signedIn.anonymous();
        assertThat(follows.choice(StormFollowing.storm(id))).isEmpty();

        TestPerson person = signedIn.signUp("Frida Følger");
        signedIn.as(person, Role.CITIZEN);
        assertThat(follows.choice(StormFollowing.storm(id))).contains(new FollowChoice(null));
        follows.follow(StormFollowing.storm(id), FollowPeriod.ONE_WEEK, PortalLocales.DANISH);
        assertThat(follows.choice(StormFollowing.storm(id)).flatMap(FollowChoice::following)).isPresent();
        follows.unfollow(StormFollowing.storm(id));
        assertThat(follows.choice(StormFollowing.storm(id))).contains(new FollowChoice(null));
    }

    @Test
    void followersHearThatTheStormOpenedOnceInTheirLanguageByMailAsTheyChose() throws Exception {
        Instant start = soon();
        StormId id = create(StormTemplate.SIMPLE, start, HOUR, HOUR, HOUR);
        TestPerson dane = follower(id, PortalLocales.DANISH, MailMode.EACH_CHANGE);
        TestPerson english = follower(id, Locale.ENGLISH, MailMode.EACH_CHANGE);
        TestPerson noMail = follower(id, PortalLocales.DANISH, MailMode.NONE);
        String title = storms.storm(id).orElseThrow().title();

        moveClockTo(start);
        runPhaseJob();

        awaitNotices(dane, id, "OPENED");
        awaitNotices(english, id, "OPENED");
        awaitNotices(noMail, id, "OPENED");
        assertThat(mailTo(dane, 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: idéstormen »" + title + "« er åbnet");
        assertThat(bodyOf(mailTo(dane, 1).getFirst())).contains("Idéstormen »" + title + "« er åbnet for bidrag")
                .contains("/" + StormRoutes.storm(id, title));
        assertThat(mailTo(english, 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: the idea storm \"" + title + "\" is open");
        assertThat(TestMailServer.mailTo(mailServer, noMail.email())).as("no mail, as chosen").isEmpty();

        // The event handed over again (as after a crash) tells nobody twice.
        transactions.executeWithoutResult(status -> events.publishEvent(
                new StormPhaseChanged(id, null, PhaseKind.OPEN, 0, start, null)));
        awaitListenersDone();
        assertThat(noticeKinds(dane, id)).containsExactly("OPENED");
    }

    @Test
    void aKlkStormOpensWithItsDiscoveryAndIsNotOpenedAgainByItsIdeaDevelopment() {
        Instant start = soon();
        StormId id = create(StormTemplate.KLK, start, HOUR, HOUR, HOUR, HOUR, HOUR, HOUR, HOUR);
        TestPerson person = follower(id, PortalLocales.DANISH, MailMode.NONE);

        moveClockTo(start.plus(Duration.ofMinutes(1)));
        runPhaseJob();
        awaitNotices(person, id, "OPENED");

        // Thematising, then idea development, which takes ideas too.
        moveClockTo(start.plus(HOUR.multipliedBy(2)).plusSeconds(30));
        runPhaseJob();
        assertThat(storms.storm(id).orElseThrow().currentPhase().kind()).isEqualTo(PhaseKind.IDEA_DEVELOPMENT);
        awaitListenersDone();
        assertThat(noticeKinds(person, id)).containsExactly("OPENED");
    }

    @Test
    void aStormWhoseOpenPhaseWentByWhileThePortalWasDownIsNotAnnouncedAsOpen() {
        Instant start = soon();
        StormId id = create(StormTemplate.SIMPLE, start, HOUR, HOUR, HOUR);
        TestPerson person = follower(id, PortalLocales.DANISH, MailMode.NONE);

        moveClockTo(start.plus(HOUR).plusSeconds(30));
        runPhaseJob();

        assertThat(storms.storm(id).orElseThrow().currentPhase().kind()).isEqualTo(PhaseKind.EVALUATION);
        awaitListenersDone();
        assertThat(noticeKinds(person, id)).isEmpty();
    }

    @Test
    void followersAreRemindedADayBeforeVotingClosesOnceAndAgainOnlyForAMovedEnd() throws Exception {
        Instant start = soon();
        Duration open = Duration.ofDays(3);
        StormId id = create(StormTemplate.SIMPLE, start, open, HOUR, HOUR);
        TestPerson person = follower(id, PortalLocales.DANISH, MailMode.EACH_CHANGE);
        String title = storms.storm(id).orElseThrow().title();
        moveClockTo(start);
        runPhaseJob();
        awaitNotices(person, id, "OPENED");
        Instant end = start.plus(open);

        moveClockTo(end.minus(DAY).minusSeconds(60));
        remind();
        assertThat(noticeKinds(person, id)).as("not yet").containsExactly("OPENED");

        moveClockTo(end.minus(DAY));
        remind();
        remind();
        assertThat(noticeKinds(person, id)).containsExactlyInAnyOrder("OPENED", "VOTING_CLOSES");
        assertThat(mailTo(person, 2)).extracting(TestMailServer::subjectOf)
                .contains("Innovationsportalen: afstemningen i »" + title + "« slutter snart");
        // The mail says when: the phase's end in the reader's language and Danish time.
        assertThat(mailTo(person, 2).stream().map(StormFollowingTest::textOf)).anySatisfy(text -> assertThat(text)
                .contains("Resumé: Afstemningen slutter " + DateFormats.endWeekdayDateTime(end, PortalLocales.DANISH)
                        + " (dansk tid)."));

        // Staff give voting two more days: the reminder follows the new end, once.
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        Instant newEnd = end.plus(DAY.multipliedBy(2));
        storms.changePhaseTimes(id, List.of(new PhaseTimes(start, newEnd), new PhaseTimes(newEnd, newEnd.plus(HOUR)),
                new PhaseTimes(newEnd.plus(HOUR), newEnd.plus(HOUR.multipliedBy(2)))),
                storms.management(id).settingsVersion());
        signedIn.clear();
        remind();
        assertThat(noticeKinds(person, id)).as("the new end is days away").hasSize(2);
        moveClockTo(newEnd.minus(DAY).plusSeconds(1));
        remind();
        remind();
        assertThat(noticeKinds(person, id)).containsExactlyInAnyOrder("OPENED", "VOTING_CLOSES", "VOTING_CLOSES");
    }

    @Test
    void aReminderDueWhileThePortalWasDownGoesAtStartUpButNotOnceVotingHasClosed() {
        Instant start = soon();
        StormId missed = create(StormTemplate.SIMPLE, start, Duration.ofDays(2), HOUR, HOUR);
        StormId over = create(StormTemplate.SIMPLE, start, Duration.ofHours(30), HOUR, HOUR);
        TestPerson person = follower(missed, PortalLocales.DANISH, MailMode.NONE);
        signedIn.as(person, Role.CITIZEN);
        follows.follow(StormFollowing.storm(over), FollowPeriod.PERMANENT, PortalLocales.DANISH);
        signedIn.clear();
        moveClockTo(start);
        runPhaseJob();
        awaitNotices(person, missed, "OPENED");
        awaitNotices(person, over, "OPENED");

        // Down from before either reminder until after the second storm's vote ended (its phase not yet moved on).
        moveClockTo(start.plus(Duration.ofHours(31)));
        remind();

        assertThat(noticeKinds(person, missed)).containsExactlyInAnyOrder("OPENED", "VOTING_CLOSES");
        assertThat(noticeKinds(person, over)).containsExactly("OPENED");
    }

    @Test
    void whileAnotherNodeHoldsTheReminderLockTheJobLeavesTheRemindersToIt() {
        Instant start = soon();
        StormId id = create(StormTemplate.SIMPLE, start, Duration.ofDays(2), HOUR, HOUR);
        TestPerson person = follower(id, PortalLocales.DANISH, MailMode.NONE);
        moveClockTo(start);
        runPhaseJob();
        awaitNotices(person, id, "OPENED");
        // The scheduler's own run may hold the lock for a moment; once the other node has it, the reminder is due.
        SimpleLock otherNode = await().atMost(Duration.ofSeconds(30)).until(() -> locks.lock(new LockConfiguration(
                clock.instant(), StormJobs.REMINDER_LOCK, Duration.ofMinutes(1), Duration.ZERO)),
                Optional::isPresent).orElseThrow();
        try {
            moveClockTo(start.plus(DAY).plusSeconds(1));
            jobs.remindVotingCloses();
            assertThat(noticeKinds(person, id)).containsExactly("OPENED");
        } finally {
            otherNode.unlock();
        }
        jobs.remindVotingCloses();
        assertThat(noticeKinds(person, id)).containsExactlyInAnyOrder("OPENED", "VOTING_CLOSES");
    }

    @Test
    void twoNodesRemindingAtTheSameMomentRemindOnce() throws Exception {
        Instant start = soon();
        StormId id = create(StormTemplate.SIMPLE, start, Duration.ofDays(2), HOUR, HOUR);
        TestPerson person = follower(id, PortalLocales.DANISH, MailMode.NONE);
        moveClockTo(start);
        runPhaseJob();
        awaitNotices(person, id, "OPENED");
        moveClockTo(start.plus(DAY).plusSeconds(1));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                // Past the job's lock, as two nodes whose lock failed: the mark alone keeps the second from sending.
                runs.add(nodes.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return remind();
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(noticeKinds(person, id)).containsExactlyInAnyOrder("OPENED", "VOTING_CLOSES");
    }

    @Test
    void followersHearOnceThatTheResultsWerePublished() throws Exception {
        StormId id = create(StormTemplate.SIMPLE, soon(), HOUR, HOUR, HOUR);
        TestPerson english = follower(id, Locale.ENGLISH, MailMode.EACH_CHANGE);
        String title = storms.storm(id).orElseThrow().title();
        StormResultsPublished published = new StormResultsPublished(id, clock.instant(), null);

        transactions.executeWithoutResult(status -> events.publishEvent(published));

        awaitNotices(english, id, "RESULTS_PUBLISHED");
        assertThat(mailTo(english, 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: the results of \"" + title + "\" are published");
        transactions.executeWithoutResult(status -> events.publishEvent(published));
        awaitListenersDone();
        assertThat(noticeKinds(english, id)).containsExactly("RESULTS_PUBLISHED");
    }
}
