package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseEditing;
import dk.coi.portal.landscape.CaseEditors;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CasePatrol;
import dk.coi.portal.landscape.ChangedCase;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.CaseUpkeep;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.landscape.StaleCase;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.support.TwoNodes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The landscape's reminders with a controllable clock and a real mail server: a published case not confirmed up to
 * date for a year reminds its owner and co-editors (in the portal and by mail, each in their language) once per stale
 * period, also when two nodes run the job at once, and staff see it among the stale cases; an expected result whose
 * follow-up date has passed reminds the owner once.
 */
@PortalTest
class CaseRemindersTest {

    private static final Duration A_YEAR_AND_A_DAY = Duration.ofDays(367);

    @Autowired
    CaseUpkeepJobs jobs;
    @Autowired
    CaseReminders reminders;
    @Autowired
    CaseService cases;
    @Autowired
    CaseEditors editors;
    @Autowired
    CasePatrol patrol;
    @Autowired
    CaseUpkeep upkeep;
    @Autowired
    OrganisationService organisations;
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

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private CaseDraft draft(String title, LocalDate followUp) {
        return new CaseDraft(title, "Unge ledige får påmindelser om samtaler som sms.", organisations.municipalities()
                .stream().filter(municipality -> municipality.code() == 101).findFirst().orElseThrow().id(), "",
                CaseSector.EMPLOYMENT, 2019, CaseStage.PILOT, InnovationType.TECHNOLOGY, "Unge ledige",
                Novelty.ADAPTED, List.of(), List.of(), "Færre udeblivelser.", "Sms før samtalen.",
                "Et sms-system.", "Jobcentrets data.",
                EvidenceLevel.COMPARISON_GROUP, List.of(new CaseResult("Udeblivelser", "%", "8,66", "6,9", "", "", "",
                        "", true, followUp)), TestCaseDrafts.signedInPerson(), "Projektleder", false);
    }

    /** A case the owner registered and staff published now, with a co-editor who reads mail in English. */
    private record Published(CaseId id, String title, TestPerson owner, TestPerson coEditor) {
    }

    private Published published(LocalDate followUp) {
        TestPerson coEditor = signedIn.signUpEmployee("Mette Med");
        signedIn.as(coEditor, Role.EMPLOYEE);
        follows.changeSettings(new MailSettings(MailMode.EACH_CHANGE, Locale.ENGLISH));
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        String title = "Sms-påmindelser " + UUID.randomUUID().toString().substring(0, 8);
        CaseId id = cases.register(draft(title, followUp));
        editors.add(id, PersonId.of(coEditor.id()));
        cases.submit(id);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.clear();
        return new Published(id, title, owner, coEditor);
    }

    private List<Notice> notices(TestPerson person, String kind, CaseId id) {
        signedIn.as(person, Role.EMPLOYEE);
        List<Notice> found = follows.notices("landscape", 50).stream()
                .filter(notice -> notice.kind().equals(kind) && notice.subject().equals(id.subject())).toList();
        signedIn.clear();
        return found;
    }

    /** Waits for the mail of that subject to the person, which goes out after the reminder is stored. */
    private void awaitMail(TestPerson person, String subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.mailTo(mailServer, person.email()).stream()
                .map(TestMailServer::subjectOf).toList(), subjects -> subjects.contains(subject));
    }

    private List<StaleCase> staleCases() {
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        List<StaleCase> stale = upkeep.staleCases();
        signedIn.clear();
        return stale;
    }

    @Test
    void aCaseNotConfirmedForAYearRemindsItsEditorsOncePerStalePeriodAndStaffSeeIt() {
        Published kase = published(LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusYears(3));
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "STALE", kase.id())).isEmpty();
        assertThat(staleCases()).noneMatch(stale -> stale.id().equals(kase.id()));

        clock.advance(A_YEAR_AND_A_DAY);
        jobs.remindEditors();
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "STALE", kase.id())).singleElement()
                .satisfies(notice -> assertThat(notice.actorId()).isNull());
        assertThat(notices(kase.coEditor(), "STALE", kase.id())).hasSize(1);
        awaitMail(kase.coEditor(), "Innovationsportalen: Is \"" + kase.title() + "\" still up to date?");
        awaitMail(kase.owner(), "Innovationsportalen: Er »" + kase.title() + "« stadig ajour?");
        assertThat(staleCases()).filteredOn(stale -> stale.id().equals(kase.id())).singleElement()
                .satisfies(stale -> {
                    assertThat(stale.organisationName()).isEqualTo("Københavns Kommune");
                    assertThat(stale.monthsStale()).isZero();
                });

        clock.advance(Duration.ofDays(62));
        assertThat(staleCases()).filteredOn(stale -> stale.id().equals(kase.id())).singleElement()
                .extracting(StaleCase::monthsStale).isEqualTo(2L);
        signedIn.as(kase.coEditor(), Role.EMPLOYEE);
        cases.confirmUpToDate(kase.id());
        assertThat(staleCases()).noneMatch(stale -> stale.id().equals(kase.id()));

        clock.advance(A_YEAR_AND_A_DAY);
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "STALE", kase.id())).hasSize(2);
    }

    @Test
    void twoNodesRunningTheRemindersAtOnceRemindOnce() throws Exception {
        Published kase = published(LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusYears(3));
        clock.advance(A_YEAR_AND_A_DAY);
        // Past the job's lock, as two nodes would be should the lock fail them.
        TwoNodes.runTogether(() -> system.call("test", reminders::remindDue));
        assertThat(notices(kase.owner(), "STALE", kase.id())).hasSize(1);
        assertThat(notices(kase.coEditor(), "STALE", kase.id())).hasSize(1);
    }

    @Test
    void anExpectedResultWhoseFollowUpPassedRemindsTheOwnerOnce() {
        LocalDate followUp = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(30);
        Published kase = published(followUp);
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).isEmpty();

        clock.advance(Duration.ofDays(32));
        jobs.remindEditors();
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).singleElement().satisfies(notice ->
                assertThat(notice.path()).endsWith("landskab/" + kase.id().value() + "/rediger"));
        assertThat(notices(kase.coEditor(), "FOLLOW_UP", kase.id())).isEmpty();
    }
    /** The owner edits the results as the form sends them: each stored result with its id. */
    private void editResults(Published kase, UnaryOperator<List<CaseResult>> change) {
        signedIn.as(kase.owner(), Role.EMPLOYEE);
        CaseEditing editing = cases.editing(kase.id()).orElseThrow();
        cases.edit(kase.id(), TestCaseDrafts.withResults(editing.draft(), change.apply(new ArrayList<>(editing.draft().results()))),
                editing.version());
        signedIn.clear();
    }

    @Test
    void aResultsReminderStaysWithItWhenAResultBeforeItIsRemoved() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Published kase = published(today.plusDays(10));
        editResults(kase, results -> {
            results.add(new CaseResult("Fremmøde", "%", "", "", "", "", "", "", true, today.plusDays(20)));
            return results;
        });
        clock.advance(Duration.ofDays(22));
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).hasSize(2);

        editResults(kase, results -> results.subList(1, 2));
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).as("the remaining result was reminded of already")
                .hasSize(2);
        editResults(kase, results -> {
            results.addFirst(new CaseResult("Ny måling", "%", "", "", "", "", "", "", true, today.plusDays(21)));
            return results;
        });
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).as("only the new result is news").hasSize(3);
    }

    @Test
    void theSameResultsSentWithoutTheirIdsAreNoChangeAndKeepTheirReminderMarks() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Published kase = published(today.plusDays(10));
        clock.advance(Duration.ofDays(11));
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).hasSize(1);
        signedIn.as(kase.owner(), Role.EMPLOYEE);
        int revisions = cases.history(kase.id(), null, null).orElseThrow().revisions().size();
        signedIn.clear();

        // As a caller that knows nothing of stored results sends them: what they say, no ids.
        editResults(kase, results -> results.stream().map(CaseResult::content).toList());

        signedIn.as(kase.owner(), Role.EMPLOYEE);
        assertThat(cases.history(kase.id(), null, null).orElseThrow().revisions()).as("no new revision")
                .hasSize(revisions);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        assertThat(patrol.uncheckedChanges()).extracting(ChangedCase::id).as("nothing for staff to look at")
                .doesNotContain(kase.id());
        signedIn.clear();
        jobs.remindEditors();
        assertThat(notices(kase.owner(), "FOLLOW_UP", kase.id())).as("the result was reminded of already")
                .hasSize(1);
    }
}
