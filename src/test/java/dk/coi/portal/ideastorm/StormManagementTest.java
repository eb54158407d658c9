package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * What staff need to run a storm, on the real database: editing its texts with a check that nobody saved other
 * texts meanwhile, the staff view with its phase log by name, the storm list that says who may start a storm and
 * pages its concluded storms, and how a storm's page speaks of time (a concluded storm has no current phase).
 */
@PortalTest
class StormManagementTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    TestStorms testStorms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate database;

    private int followsOf(StormId storm) {
        return database.queryForObject("select count(*) from notification_follow where subject_type = ?"
                + " and subject_id = ?", Integer.class, StormFollowing.STORM, storm.value());
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private long asStaff() {
        return signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
    }

    private Instant soon() {
        return clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
    }

    private StormId create(Instant start) {
        asStaff();
        StormId id = storms.create(new NewStorm("Flere unge til samtalen",
                "Hvordan får vi flere unge ledige til at møde op?", "Piloten med **SMS**.", "Københavns Kommune",
                Audience.SIGNED_IN, null, StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        storms.publish(id);
        return id;
    }

    private void runJob() {
        system.call("test", storms::advanceDuePhases);
    }

    private static void assertRefused(ThrowingCallable call, Map<String, String> problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(problems));
    }

    private static StormEdit edit(long version, String title) {
        return new StormEdit(version, title, "Hvordan når vi de unge?", "Ny **tekst**.", "Jobcenter København",
                Audience.PUBLIC_EMPLOYEES, Instant.parse("2027-03-01T11:00:00Z"));
    }

    @Test
    void staffChooseWhatParticipantsMayDoInEachPhaseAndTheServerHoldsToIt() {
        StormId id = testStorms.storm("Faser efter behov").start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        assertThat(ideas.submit(id, new IdeaDraft("Før ændringen", "Kom frit.", null))).isNotNull();
        List<PhaseSwitches> noIdeasYet = List.of(PhaseSwitches.DISCUSSING, PhaseSwitches.VOTING, PhaseSwitches.CLOSED);
        assertThatThrownBy(() -> storms.changePhaseSwitches(id, noIdeasYet, 0))
                .isInstanceOf(AuthorizationDeniedException.class);

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        assertRefused(() -> storms.changePhaseSwitches(id, noIdeasYet.subList(0, 2),
                        storms.management(id).settingsVersion()),
                Map.of("phases", "ideastorm.phases.count"));
        storms.changePhaseSwitches(id, noIdeasYet, storms.management(id).settingsVersion());
        assertThat(storms.management(id).storm().phases()).extracting(Phase::switches).isEqualTo(noIdeasYet);

        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        assertRefused(() -> ideas.submit(id, new IdeaDraft("Efter ændringen", "For sent.", null)),
                Map.of("idea", "ideastorm.submit.phase-closed"));
        assertThat(ideas.board(id, IdeaQuery.first()).ideas().total()).as("what was given stays").isEqualTo(1);
    }

    @Test
    void staffEditTheTextsAndAnEditMadeFromOlderTextsIsRefusedWithNothingChanged() {
        StormId id = create(soon());
        StormManagement before = storms.management(id);

        storms.update(id, edit(before.textsVersion(), "  Unge   ledige i jobcentret "));

        StormManagement after = storms.management(id);
        assertThat(after.storm()).extracting(StormDetails::title, StormDetails::question, StormDetails::description,
                StormDetails::ownerOrganisation, StormDetails::audience, StormDetails::answerDeadline).containsExactly(
                "Unge ledige i jobcentret", "Hvordan når vi de unge?", "Ny **tekst**.", "Jobcenter København",
                Audience.PUBLIC_EMPLOYEES, Instant.parse("2027-03-01T11:00:00Z"));
        assertThat(after.textsVersion()).isGreaterThan(before.textsVersion());
        assertThat(after.path()).endsWith("-unge-ledige-i-jobcentret");

        // A second editor who opened the storm before the first saved.
        assertRefused(() -> storms.update(id, edit(before.textsVersion(), "Mit gamle udkast")),
                Map.of("storm", "ideastorm.edit.conflict"));
        assertThat(storms.management(id).storm().title()).isEqualTo("Unge ledige i jobcentret");

        assertRefused(() -> storms.update(id, new StormEdit(after.textsVersion(), "", "x".repeat(501), null, " ",
                null, null)), Map.of("title", "ideastorm.title.required", "question", "ideastorm.question.too-long",
                "owner", "ideastorm.owner.required", "audience", "ideastorm.audience.required"));
        assertThat(storms.management(id).textsVersion()).isEqualTo(after.textsVersion());
    }

    @Test
    void aChangeOfPhaseIsNoConflictForAnEditOfTheTexts() {
        Instant start = soon();
        StormId id = create(start);
        long version = storms.management(id).textsVersion();
        clock.advance(Duration.between(clock.instant(), start));
        runJob();
        asStaff();
        storms.movePhase(id, 1, "Vi vurderer tidligt");

        storms.update(id, edit(version, "Efter faseskift"));
        assertThat(storms.storm(id).orElseThrow().title()).isEqualTo("Efter faseskift");
    }

    @Test
    void onlyStaffEditOrManageAStorm() {
        StormId id = create(soon());
        long version = storms.management(id).textsVersion();
        for (Role role : List.of(Role.CITIZEN, Role.EMPLOYEE)) {
            signedIn.newPerson("Ikke Stab", role);
            assertThatThrownBy(() -> storms.update(id, edit(version, "Overtaget")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> storms.management(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> storms.preview("*x*")).isInstanceOf(AuthorizationDeniedException.class);
        }
        signedIn.anonymous();
        assertThatThrownBy(() -> storms.management(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theStaffViewNamesWhoMovedTheStormWithTheirReasonAndTheClocksChangesAsAutomatic() {
        Instant start = soon();
        StormId id = create(start);
        clock.advance(Duration.between(clock.instant(), start));
        runJob();
        signedIn.newPerson("Karen Koordinator", Role.COI_STAFF);
        storms.movePhase(id, 1, "Nok idéer");

        assertThat(storms.management(id).log()).extracting(PhaseLogLine::from, PhaseLogLine::to, PhaseLogLine::byHand,
                PhaseLogLine::by, PhaseLogLine::reason).containsExactly(
                tuple(null, PhaseKind.OPEN, false, null, null),
                tuple(PhaseKind.OPEN, PhaseKind.EVALUATION, true, "Karen Koordinator", "Nok idéer"));
        assertRefused(() -> storms.management(StormId.of(Long.MAX_VALUE)), Map.of("storm", "ideastorm.storm.unknown"));
    }

    @Test
    void theListSaysWhetherThePersonMayStartAStorm() {
        asStaff();
        assertThat(storms.storms().mayCreate()).isTrue();
        signedIn.newPerson("Mads", Role.EMPLOYEE);
        assertThat(storms.storms().mayCreate()).isFalse();
        signedIn.anonymous();
        assertThat(storms.storms().mayCreate()).isFalse();
    }

    @Test
    void concludedStormsComeTwentyToAPageLatestFirst() {
        Instant longAgo = clock.instant().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);
        Set<StormId> made = new HashSet<>();
        for (int i = 0; i < StormList.CONCLUDED_PER_PAGE + 1; i++) {
            made.add(create(longAgo.plus(HOUR.multipliedBy(i))));
        }
        runJob();
        signedIn.anonymous();

        List<StormSummary> seen = new ArrayList<>();
        StormList page = storms.storms(1);
        assertThat(page.concluded()).hasSize(StormList.CONCLUDED_PER_PAGE);
        while (true) {
            assertThat(page.concluded()).hasSizeLessThanOrEqualTo(StormList.CONCLUDED_PER_PAGE);
            seen.addAll(page.concluded());
            if (!page.moreConcluded()) {
                break;
            }
            page = storms.storms(page.concludedPage() + 1);
        }
        assertThat(seen).extracting(StormSummary::id).doesNotHaveDuplicates().containsAll(made);
        assertThat(seen).extracting(StormSummary::end).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(seen).allSatisfy(storm -> assertThat(storm.endedAt()).isNotNull());
        assertThat(storms.storms(0).concludedPage()).as("a page before the first is the first").isEqualTo(1);
    }

    @Test
    void aConcludedStormHasNoCurrentPhaseAndSaysWhenItEnded() {
        Instant start = soon();
        StormId id = create(start);
        clock.advance(Duration.between(clock.instant(), start.plus(HOUR.multipliedBy(4))));
        runJob();

        StormScreen screen = storms.screen(id).orElseThrow();
        assertThat(screen.storm().phases()).noneMatch(screen::isCurrent);
        assertThat(screen.storm().endedAt()).isEqualTo(start.plus(HOUR.multipliedBy(2)));
        StormMoment.Words words = screen.storm().moment().words(StormManagementTest::keyed, Locale.of("da"));
        assertThat(words.before()).isEqualTo("[ideastorm.storm.ended ");
        assertThat(words.datetime()).isEqualTo(start.plus(HOUR.multipliedBy(2))
                .atZone(COPENHAGEN).toLocalDate().toString());
        assertThat(words.after()).isEqualTo("]");
    }

    @Test
    void anOpenStormNamesItsPhaseTheTimeLeftAndTheEndInDanishTime() {
        Instant start = soon();
        StormId id = create(start);
        clock.advance(Duration.between(clock.instant(), start));
        runJob();

        StormDetails storm = storms.storm(id).orElseThrow();
        assertThat(storm.moment().sentence()).isEqualTo(Phrase.of("ideastorm.time-left.phase-ends",
                Phrase.of("ideastorm.phase.open"), TimeLeft.span(storm.timeLeft()), "\uE000"));
        assertThat(storm.timeLeft()).isPositive().isLessThanOrEqualTo(HOUR);
        StormMoment.Words words = storm.moment().words(StormManagementTest::keyed, Locale.of("da"));
        assertThat(words.moment()).startsWith("[ideastorm.danish-time ");
        assertThat(OffsetDateTime.parse(words.datetime())).satisfies(end -> {
            assertThat(end.toInstant()).isEqualTo(start.plus(HOUR));
            assertThat(end.getOffset()).isEqualTo(COPENHAGEN.getRules().getOffset(end.toInstant()));
        });
    }

    /**
     * A new storm is a draft: staff see it (marked, among the drafts) and others see nothing of it — not its page,
     * not in the list or the sitemap, and they cannot take part — even once its first phase has begun; published,
     * it is there for everyone, and it is published once.
     */
    @Test
    void aNewStormIsADraftOnlyStaffSeeUntilTheyPublishIt() {
        Instant start = soon();
        asStaff();
        StormId id = storms.create(new NewStorm("Kladde til unge", "Hvordan?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        assertThat(storms.storm(id)).hasValueSatisfying(storm -> assertThat(storm.draft()).isTrue());
        assertThat(storms.storms().drafts()).extracting(StormSummary::id).contains(id);
        assertThat(storms.management(id).storm().draft()).isTrue();
        clock.advance(Duration.between(clock.instant(), start));
        runJob();
        String path = StormRoutes.storm(id, "Kladde til unge");

        for (Role role : List.of(Role.CITIZEN, Role.EMPLOYEE)) {
            signedIn.newPerson("Ivan Ikke Stab", role);
            assertThat(storms.storm(id)).isEmpty();
            assertThat(storms.screen(id)).isEmpty();
            StormList list = storms.storms();
            assertThat(list.drafts()).isEmpty();
            assertThat(list.open()).extracting(StormSummary::id).doesNotContain(id);
            assertRefused(() -> ideas.submit(id, new IdeaDraft("For tidligt", "Ingen ser stormen endnu.", null)),
                    Map.of("storm", "ideastorm.storm.unknown"));
            assertThatThrownBy(() -> storms.publish(id)).isInstanceOf(AuthorizationDeniedException.class);
        }
        signedIn.anonymous();
        assertThat(storms.storm(id)).isEmpty();
        assertThat(storms.addresses()).doesNotContain(path);

        asStaff();
        storms.publish(id);
        assertRefused(() -> storms.publish(id), Map.of("storm", "ideastorm.storm.already-published"));
        assertThat(storms.storms().drafts()).extracting(StormSummary::id).doesNotContain(id);
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        assertThat(storms.storm(id)).hasValueSatisfying(storm -> assertThat(storm.draft()).isFalse());
        assertThat(storms.storms().open()).extracting(StormSummary::id).contains(id);
        assertThat(ideas.submit(id, new IdeaDraft("Nu må jeg", "Stormen er offentlig.", null))).isNotNull();
        signedIn.anonymous();
        assertThat(storms.addresses()).contains(path);
    }

    /**
     * Staff delete a storm nobody has taken part in, a draft that has begun its phases too (its phase log goes with
     * it); once an idea has come in, the storm stays, with the reason said.
     */
    @Test
    void staffDeleteAStormOnlyWhileNobodyHasTakenPart() {
        StormId taken = testStorms.storm("Med idéer").start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        ideas.submit(taken, new IdeaDraft("Min idé", "Den bliver.", null));
        assertThatThrownBy(() -> storms.delete(taken)).isInstanceOf(AuthorizationDeniedException.class);
        asStaff();
        assertThat(storms.management(taken).deletable()).isFalse();
        assertRefused(() -> storms.delete(taken), Map.of("storm", "ideastorm.storm.has-participation"));
        assertThat(storms.storm(taken)).isPresent();

        Instant start = soon();
        StormId empty = storms.create(new NewStorm("Tom kladde", "Hvordan?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        clock.advance(Duration.between(clock.instant(), start));
        runJob();
        asStaff();
        assertThat(storms.phaseLog(empty)).hasSize(1);
        assertThat(storms.management(empty).deletable()).isTrue();
        long follower = asStaff();
        system.call("test", () -> {
            notifications.followFor(follower, StormFollowing.storm(empty), clock.instant());
            return null;
        });
        assertThat(followsOf(empty)).isEqualTo(1);
        storms.delete(empty);
        assertThat(followsOf(empty)).as("a deleted draft's follows go with it").isZero();
        assertThat(storms.storm(empty)).isEmpty();
        assertRefused(() -> storms.management(empty), Map.of("storm", "ideastorm.storm.unknown"));
        assertThat(storms.storms().drafts()).extracting(StormSummary::id).doesNotContain(empty);
    }

    /**
     * Two staff members change how the same storm runs from the same screen: the second save (settings, phase times
     * or switches) is refused and changes nothing, whatever section it was made in; the texts have a version of their
     * own, so a texts save does not refuse it.
     */
    @Test
    void aChangeOfHowTheStormRunsMadeFromAnOlderScreenIsRefused() {
        StormId id = testStorms.storm("To på én gang").start();
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormManagement seen = storms.management(id);
        List<PhaseSwitches> before = seen.storm().phases().stream().map(Phase::switches).toList();
        storms.changeSettings(id, new StormSettings(true, 4), seen.settingsVersion());

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        List<PhaseSwitches> closed = before.stream().map(phase -> PhaseSwitches.CLOSED).toList();
        assertRefused(() -> storms.changePhaseSwitches(id, closed, seen.settingsVersion()),
                Map.of("storm", "ideastorm.settings.conflict"));
        assertRefused(() -> storms.changeSettings(id, StormSettings.DEFAULT, seen.settingsVersion()),
                Map.of("storm", "ideastorm.settings.conflict"));
        List<PhaseTimes> times = seen.storm().phases().stream()
                .map(phase -> new PhaseTimes(phase.start(), phase.end())).toList();
        assertRefused(() -> storms.changePhaseTimes(id, times, seen.settingsVersion()),
                Map.of("storm", "ideastorm.settings.conflict"));
        StormManagement now = storms.management(id);
        assertThat(now.settings()).as("the first save stands").isEqualTo(new StormSettings(true, 4));
        assertThat(now.storm().phases()).extracting(Phase::switches).isEqualTo(before);

        storms.update(id, edit(now.textsVersion(), "To på én gang, nu med nye tekster"));
        storms.changePhaseSwitches(id, closed, now.settingsVersion());
        assertThat(storms.management(id).storm().phases()).extracting(Phase::switches).isEqualTo(closed);
    }

    /** A phase or storm ending at midnight (Copenhagen) is said as the close of its last day, not as the next day. */
    @Test
    void anEndAtMidnightIsSaidAsTheCloseOfItsLastDay() {
        Instant midnight = Instant.parse("2026-12-14T23:00:00Z");
        StormMoment phaseEnds = new StormMoment(Phrase.of("ideastorm.time-left.phase-ended",
                Phrase.of("ideastorm.phase.open"), StormMoment.MOMENT), midnight, StormMoment.Style.NEAR_END);
        assertThat(phaseEnds.words(StormManagementTest::keyed, Locale.of("da")).moment())
                .isEqualTo("[ideastorm.danish-time mandag 14. december kl. 24.00]");
        assertThat(phaseEnds.words(StormManagementTest::keyed, Locale.ENGLISH).moment())
                .isEqualTo("[ideastorm.danish-time Monday 14 December at 24:00]");
        StormMoment.Words ended = new StormMoment(Phrase.of("ideastorm.storm.ended", StormMoment.MOMENT), midnight,
                StormMoment.Style.END_DATE).words(StormManagementTest::keyed, Locale.of("da"));
        assertThat(ended.moment()).isEqualTo("14. december 2026");
        assertThat(ended.datetime()).isEqualTo("2026-12-14");
    }

    /** A translator that shows the key and its arguments, to see which sentence was chosen. */
    private static String keyed(String key, Object[] arguments) {
        return "[" + key + " " + String.join(" ", Arrays.stream(arguments).map(String::valueOf).toList()) + "]";
    }
}
