package dk.coi.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moderation on the real database, with wiki talk comments as the moderated content: reports and their rules,
 * auto-hide by distinct reporters (also when they report at the same moment), staff decisions with reasons, and
 * the one moderation log.
 */
@PortalTest
@EnableScenarios
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    /** A new page with a comment by a new citizen; returns the comment as moderation knows it. */
    private Subject newComment(String body) {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        String title = "Moderér " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        return TalkComment.subject(talk.comment(title, null, body));
    }

    private ReportOutcome reportAsNewPerson(Subject subject, String name) {
        signedIn.newPerson(name, Role.CITIZEN);
        return moderation.report(subject, ReportCategory.OFFENSIVE, "Det er groft");
    }

    private void asStaff() {
        signedIn.newPerson("Sofie Staff", Role.COI_STAFF);
    }

    private int reports(Subject subject) {
        return database.queryForObject("select count(*) from moderation_report where subject_type = ? and subject_id = ?",
                Integer.class, subject.type(), subject.id());
    }

    private int logLines(Subject subject) {
        return database.queryForObject("select count(*) from moderation_log where subject_type = ? and subject_id = ?",
                Integer.class, subject.type(), subject.id());
    }

    private boolean hiddenForVisitors(Subject subject) {
        return database.queryForObject("select hidden_at is not null from wiki_talk_comment where id = ?",
                Boolean.class, subject.id());
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of(field, key)));
    }

    @Test
    void aReportWaitsInTheStaffQueueWithTheContentsExcerptLinkAndReporter() {
        Subject comment = newComment("Det her er **noget** vrøvl om [[De syv principper|principperne]]");
        signedIn.newPerson("Rikke Rapport", Role.CITIZEN);
        assertThat(moderation.report(comment, ReportCategory.SPAM, "  Reklame for et firma  "))
                .isEqualTo(ReportOutcome.RECEIVED);

        asStaff();
        QueuedItem queued = moderation.queue().items().stream().filter(item -> item.subject().equals(comment))
                .findFirst().orElseThrow();
        assertThat(queued.item().excerpt()).as("plain text, no Markdown or wiki links")
                .isEqualTo("Det her er noget vrøvl om principperne");
        assertThat(queued.item().path()).startsWith("wiki/Moder").endsWith("/diskussion#kommentar-" + comment.id());
        assertThat(queued.item().title().key()).isEqualTo("wiki.moderation.comment-on");
        assertThat(queued.item().hidden()).isFalse();
        assertThat(queued.reports()).singleElement().satisfies(report -> {
            assertThat(report.reporter()).isEqualTo("Rikke Rapport");
            assertThat(report.category()).isEqualTo(ReportCategory.SPAM);
            assertThat(report.reason()).isEqualTo("Reklame for et firma");
        });
    }

    @Test
    void aSecondReportBySamePersonIsRefusedAndNotStored() {
        Subject comment = newComment("Hmm");
        reportAsNewPerson(comment, "Dorte Dobbelt");

        assertRefused(() -> moderation.report(comment, ReportCategory.SPAM, "Igen"), "subject", "moderation.report.twice");
        assertThat(reports(comment)).isEqualTo(1);
    }

    @Test
    void contentIsHiddenAutomaticallyWhenEnoughDifferentPeopleReportIt(Scenario scenario) {
        Subject comment = newComment("Grimt sagt");
        long first = signedIn.newPerson("Første Fie", Role.CITIZEN);
        assertThat(moderation.report(comment, ReportCategory.OFFENSIVE, "Groft")).isEqualTo(ReportOutcome.RECEIVED);
        signedIn.as(first, "Første Fie", Role.CITIZEN);
        assertRefused(() -> moderation.report(comment, ReportCategory.OTHER, "Stadig groft"), "subject",
                "moderation.report.twice");
        assertThat(reportAsNewPerson(comment, "Anden Anders")).as("two different people").isEqualTo(ReportOutcome.RECEIVED);
        assertThat(hiddenForVisitors(comment)).isFalse();

        signedIn.newPerson("Tredje Tove", Role.CITIZEN);
        scenario.stimulate(() -> moderation.report(comment, ReportCategory.PERSONAL_DATA, "Mit telefonnummer"))
                .andWaitForEventOfType(ContentModerated.class)
                .matching(event -> event.subject().equals(comment))
                .toArriveAndVerify((event, outcome) -> {
                    assertThat(outcome).isEqualTo(ReportOutcome.HIDDEN);
                    assertThat(event.action()).isEqualTo(ModerationAction.AUTO_HIDE);
                    assertThat(event.personId()).as("the portal itself").isNull();
                });
        assertThat(hiddenForVisitors(comment)).isTrue();

        asStaff();
        assertThat(moderation.log(comment)).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ModerationAction.AUTO_HIDE.kind());
            assertThat(line.personId()).isNull();
            assertThat(line.facts()).isEqualTo(Phrase.of("moderation.facts.reporters", 3));
            assertThat(line.reason()).isNull();
        });
        QueuedItem queued = moderation.queue().items().stream().filter(item -> item.subject().equals(comment))
                .findFirst().orElseThrow();
        assertThat(queued.item().hidden()).isTrue();
        assertThat(queued.reports()).hasSize(3);

        signedIn.anonymous();
        CommentView seen = talk.comments(titleOf(queued)).stream().filter(c -> c.id() == comment.id()).findFirst()
                .orElseThrow();
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.html()).isNull();
        assertThat(seen.hiddenReason()).as("hidden by the portal, not by a person's words").isNull();

        asStaff();
        moderation.hide(comment, "Telefonnummer");
        assertThat(moderation.log(comment)).extracting(ModerationLogLine::kind).as("logged as kept hidden, not hid")
                .containsExactly(ModerationAction.AUTO_HIDE.kind(), ModerationAction.KEEP_HIDDEN.kind());
        assertThat(moderation.queue().items()).noneSatisfy(item -> assertThat(item.subject()).isEqualTo(comment));
        signedIn.anonymous();
        assertThat(talk.comments(titleOf(queued)).stream().filter(c -> c.id() == comment.id()).findFirst()
                .orElseThrow().hiddenReason()).as("staff confirmed it, with their reason").isEqualTo("Telefonnummer");
    }

    private static String titleOf(QueuedItem queued) {
        return (String) queued.item().title().arguments().getFirst();
    }

    @Test
    void hiddenContentAndUnknownContentCannotBeReported() {
        Subject comment = newComment("Skjules snart");
        asStaff();
        moderation.hide(comment, "Personoplysninger");

        signedIn.newPerson("Sene Søren", Role.CITIZEN);
        assertRefused(() -> moderation.report(comment, ReportCategory.OFFENSIVE, "Groft"), "subject",
                "moderation.report.already-hidden");
        assertRefused(() -> moderation.report(TalkComment.subject(987_654_321L), ReportCategory.SPAM, "Spam"),
                "subject", "moderation.item.unknown");
        assertRefused(() -> moderation.report(new Subject("nowhere.thing", 1), ReportCategory.SPAM, "Spam"),
                "subject", "moderation.item.unknown");
        assertThat(reports(comment)).isZero();
    }

    @Test
    void nobodyReportsTheirOwnContentNotEvenWrittenUnderAnEarlierAccountOfTheirs() {
        long earlier = signedIn.newPerson("Egon Egen", Role.CITIZEN);
        String title = "Egen " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        Subject own = TalkComment.subject(talk.comment(title, null, "Min egen kommentar"));
        assertRefused(() -> moderation.report(own, ReportCategory.OFFENSIVE, "Fortrudt"), "subject",
                "moderation.report.own");
        assertThat(talk.comments(title)).singleElement().extracting(CommentView::ownComment).isEqualTo(true);

        // The same human, signed in with a newer account that the earlier one has since been merged into.
        long newer = signedIn.newPerson("Egon Egen", Role.CITIZEN);
        database.update("update person set merged_into = ? where id = ?", newer, earlier);
        assertRefused(() -> moderation.report(own, ReportCategory.OFFENSIVE, "Fortrudt"), "subject",
                "moderation.report.own");
        assertThat(talk.comments(title)).as("the talk page offers no report, by the same rule").singleElement()
                .extracting(CommentView::ownComment).isEqualTo(true);
        assertThat(reports(own)).isZero();
        assertThat(reportAsNewPerson(own, "Anden Agnete")).as("anyone else may").isEqualTo(ReportOutcome.RECEIVED);
        assertThat(talk.comments(title)).singleElement().extracting(CommentView::ownComment).isEqualTo(false);
        signedIn.anonymous();
        assertThat(talk.comments(title)).singleElement().extracting(CommentView::ownComment).isEqualTo(false);
    }

    @Test
    void theTalkPageKnowsWhichCommentsThePersonHasReportedAlready() {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        String title = "Rapporteret " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        Subject reported = TalkComment.subject(talk.comment(title, null, "Rapporteres"));
        Subject other = TalkComment.subject(talk.comment(title, null, "Rapporteres ikke"));
        reportAsNewPerson(reported, "Rapportør Rita");

        assertThat(talk.comments(title)).extracting(CommentView::id, CommentView::reportedByMe)
                .containsExactly(tuple(reported.id(), true), tuple(other.id(), false));
        assertThat(moderation.reportedByMe(List.of(reported, other, new Subject("nowhere.thing", reported.id()))))
                .containsExactly(reported);
        signedIn.newPerson("Anden Anne", Role.CITIZEN);
        assertThat(talk.comments(title)).noneMatch(CommentView::reportedByMe);
        signedIn.anonymous();
        assertThat(talk.comments(title)).noneMatch(CommentView::reportedByMe);
    }

    /**
     * The race: each report counts the open reporters in its own transaction, so two reports at the same moment
     * used to count one too few each (neither saw the other's uncommitted report) and the content stayed visible.
     * The first report's transaction is held open until the second has either finished or is waiting for it.
     */
    @Test
    void twoPeopleReportingAtTheSameMomentHideTheContentExactlyOnce() throws Exception {
        Subject comment = newComment("Samtidigt rapporteret");
        reportAsNewPerson(comment, "Tidlig Tina");
        long first = signedIn.newPerson("Samtidig Sara", Role.CITIZEN);
        long second = signedIn.newPerson("Samtidig Søren", Role.CITIZEN);
        CountDownLatch firstReported = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService reporters = Executors.newFixedThreadPool(2);
        try {
            Future<ReportOutcome> firstOutcome = reporters.submit(() -> {
                signedIn.as(first, "Samtidig Sara", Role.CITIZEN);
                return transaction.execute(status -> {
                    ReportOutcome outcome = moderation.report(comment, ReportCategory.SPAM, "Reklame");
                    firstReported.countDown();
                    awaitLatch(firstMayCommit);
                    return outcome;
                });
            });
            assertThat(firstReported.await(20, TimeUnit.SECONDS)).isTrue();
            Future<ReportOutcome> secondOutcome = reporters.submit(() -> {
                signedIn.as(second, "Samtidig Søren", Role.CITIZEN);
                return moderation.report(comment, ReportCategory.OFFENSIVE, "Groft");
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> secondOutcome.isDone() || waitingForALock());
            firstMayCommit.countDown();

            assertThat(firstOutcome.get(20, TimeUnit.SECONDS)).isEqualTo(ReportOutcome.RECEIVED);
            assertThat(secondOutcome.get(20, TimeUnit.SECONDS)).as("counted after the first")
                    .isEqualTo(ReportOutcome.HIDDEN);
        } finally {
            firstMayCommit.countDown();
            reporters.shutdownNow();
        }
        assertThat(hiddenForVisitors(comment)).isTrue();
        assertThat(logKinds(comment)).containsExactly(ModerationAction.AUTO_HIDE.kind().code());
    }

    @Test
    void manyPeopleReportingAtOnceAreCountedOneAfterTheOtherWithoutDeadlocks() throws Exception {
        Subject comment = newComment("Alle rapporterer på én gang");
        List<Long> people = IntStream.range(0, 6).mapToObj(i -> signedIn.newPerson("Mange " + i, Role.CITIZEN))
                .toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService reporters = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<String>> outcomes = people.stream().map(person -> reporters.submit(() -> {
                signedIn.as(person, "Mange", Role.CITIZEN);
                awaitLatch(go);
                try {
                    return moderation.report(comment, ReportCategory.SPAM, "Reklame").name();
                } catch (InvalidInputException refused) {
                    return refused.fieldMessageKeys().get("subject");
                }
            })).toList();
            go.countDown();
            List<String> said = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                said.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(said).containsExactlyInAnyOrder("RECEIVED", "RECEIVED", "HIDDEN",
                    "moderation.report.already-hidden", "moderation.report.already-hidden",
                    "moderation.report.already-hidden");
        } finally {
            reporters.shutdownNow();
        }
        assertThat(reports(comment)).isEqualTo(3);
        assertThat(logKinds(comment)).containsExactly(ModerationAction.AUTO_HIDE.kind().code());
    }

    private boolean waitingForALock() {
        return database.queryForObject("select count(*) from information_schema.innodb_trx "
                + "where trx_state = 'LOCK WAIT' and trx_query like '%moderation_subject_lock%'", Integer.class) > 0;
    }

    private List<String> logKinds(Subject subject) {
        return database.queryForList("select kind from moderation_log where subject_type = ? and subject_id = ?",
                String.class, subject.type(), subject.id());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test's other thread did not arrive");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void onlyStaffDecideAndOnlySignedInPeopleReport() {
        Subject comment = newComment("Hej");
        reportAsNewPerson(comment, "Berit Borger");

        assertThatThrownBy(() -> moderation.hide(comment, "Nej")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> moderation.restore(comment, "Nej")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> moderation.dismiss(comment, "Nej")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> moderation.queue()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> moderation.log(comment)).isInstanceOf(AuthorizationDeniedException.class);
        signedIn.anonymous();
        assertThatThrownBy(() -> moderation.report(comment, ReportCategory.SPAM, "Spam"))
                .isInstanceOf(AuthorizationDeniedException.class);

        assertThat(hiddenForVisitors(comment)).isFalse();
        assertThat(reports(comment)).isEqualTo(1);
        assertThat(logLines(comment)).isZero();
    }

    @Test
    void emptyOrTooLongReasonsAndAMissingCategoryAreRefusedAndNothingIsStored() {
        Subject comment = newComment("Noget");
        signedIn.newPerson("Ulla Uklar", Role.CITIZEN);
        String tooLong = "x".repeat(Reason.MAX_LENGTH + 1);
        assertRefused(() -> moderation.report(comment, ReportCategory.OTHER, "   "), "reason", "reason.required");
        assertRefused(() -> moderation.report(comment, ReportCategory.OTHER, null), "reason", "reason.required");
        assertRefused(() -> moderation.report(comment, ReportCategory.OTHER, tooLong), "reason", "reason.too-long");
        assertRefused(() -> moderation.report(comment, ReportCategory.OTHER, "skjult\u0007tegn"), "reason",
                "input.control-characters");
        assertRefused(() -> moderation.report(comment, null, "Hvorfor"), "category",
                "moderation.report.category-required");
        assertThatThrownBy(() -> moderation.report(comment, null, "  ")).as("everything missing is said at once")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("category", "moderation.report.category-required",
                                "reason", "reason.required")));
        assertThat(reports(comment)).isZero();

        reportAsNewPerson(comment, "Klar Klaus");
        asStaff();
        assertRefused(() -> moderation.hide(comment, " "), "reason", "reason.required");
        assertRefused(() -> moderation.hide(comment, tooLong), "reason", "reason.too-long");
        assertRefused(() -> moderation.dismiss(comment, tooLong), "reason", "reason.too-long");
        assertThat(hiddenForVisitors(comment)).isFalse();
        assertThat(logLines(comment)).isZero();
        assertThat(moderation.queue().items()).anySatisfy(item -> assertThat(item.subject()).isEqualTo(comment));
    }

    @Test
    void everyDecisionIsLoggedWithItsPersonAndReasonAndClosesTheOpenReports() {
        Subject comment = newComment("Tvivlsomt");
        reportAsNewPerson(comment, "Rasmus Rapport");
        asStaff();

        moderation.hide(comment, "Krænkende");
        assertThat(hiddenForVisitors(comment)).isTrue();
        assertThat(moderation.queue().items()).noneSatisfy(item -> assertThat(item.subject()).isEqualTo(comment));
        moderation.restore(comment, "Ved nærmere eftersyn i orden");
        assertThat(hiddenForVisitors(comment)).isFalse();
        assertRefused(() -> moderation.dismiss(comment, "Intet"), "subject", "moderation.dismiss.nothing-open");

        reportAsNewPerson(comment, "Ny Nina");
        asStaff();
        moderation.dismiss(comment, null);
        assertThat(hiddenForVisitors(comment)).as("dismissing leaves the content as it is").isFalse();
        reportAsNewPerson(comment, "Sen Søren");
        asStaff();
        moderation.restore(comment, "Allerede synlig");
        assertThat(reports(comment)).as("the report is kept, closed").isEqualTo(3);

        assertThat(moderation.log(comment)).extracting(ModerationLogLine::kind).as(
                "restoring what is visible already closes the reports: a dismissal, not 'shown again'").containsExactly(
                ModerationAction.HIDE.kind(), ModerationAction.RESTORE.kind(), ModerationAction.DISMISS.kind(),
                ModerationAction.DISMISS.kind());
        assertThat(moderation.log(comment)).extracting(ModerationLogLine::reason)
                .containsExactly("Krænkende", "Ved nærmere eftersyn i orden", null, "Allerede synlig");
        assertThat(moderation.log(comment)).allSatisfy(line -> {
            assertThat(line.person()).isEqualTo("Sofie Staff");
            assertThat(line.title().key()).isEqualTo("wiki.moderation.comment-on");
        });
        assertThat(moderation.queue().recentDecisions()).extracting(ModerationLogLine::subject).contains(comment);
    }

    @Test
    void aPersonsReportsAreInTheirExportAndTheirOwnWordsGoWhenTheyAreErased() {
        Subject comment = newComment("Noget at rapportere");
        signedIn.newPerson("Gitte GDPR", Role.CITIZEN);
        moderation.report(comment, ReportCategory.PERSONAL_DATA, "Mit eget navn står der");
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"moderation\"", "PERSONAL_DATA", "Mit eget navn står der");

        personalData.eraseCurrentPerson();
        assertThat(reports(comment)).as("the report still counts").isEqualTo(1);
        assertThat(database.queryForObject("select count(*) from moderation_report where reason like ?",
                Integer.class, "Mit eget navn%")).isZero();
    }

    @Test
    void aMergedPersonsReportsBecomeTheRemainingPersonsAndOneHumanCountsOnce() {
        Subject both = newComment("Begge har rapporteret mig");
        Subject onlyMerged = newComment("Kun den ene har rapporteret mig");
        SignedIn.TestPerson merged = signedIn.signUp("Keycloak Kim");
        SignedIn.TestPerson remaining = signedIn.signUp("Lokal Kim");
        signedIn.as(merged, Role.CITIZEN);
        moderation.report(both, ReportCategory.OFFENSIVE, "Groft");
        moderation.report(onlyMerged, ReportCategory.SPAM, "Reklame");
        signedIn.as(remaining, Role.CITIZEN);
        moderation.report(both, ReportCategory.OFFENSIVE, "Også groft");

        transaction.executeWithoutResult(status -> events.publishEvent(
                new PersonMerged(PersonId.of(merged.id()), PersonId.of(remaining.id()))));

        // The listener runs after the merge commits; its effect is waited for, not slept on.
        await().atMost(Duration.ofSeconds(20)).until(() -> reportsBy(merged.id()) == 0);
        assertThat(reports(both)).as("one human, one report").isEqualTo(1);
        assertThat(reportsBy(remaining.id())).isEqualTo(2);
        assertThat(database.queryForObject("select reason from moderation_report where subject_id = ? and person_id = ?",
                String.class, both.id(), remaining.id())).as("the remaining person's own report stays")
                .isEqualTo("Også groft");
    }

    private int reportsBy(long personId) {
        return database.queryForObject("select count(*) from moderation_report where person_id = ?", Integer.class,
                personId);
    }
}
