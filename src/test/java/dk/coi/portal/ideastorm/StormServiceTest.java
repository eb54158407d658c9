package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.internal.PhaseSwitcher;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storms and their phases on the real database: made from both templates, refused with every message, written by
 * staff only, and moved on by the phase job at their times on a clock the test moves (catching up over missed
 * phases, once per change even with two runners at the same moment) or by staff with a reason.
 */
@PortalTest
@RecordApplicationEvents
class StormServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormService storms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    PhaseSwitcher switcher;
    @Autowired
    StormRepository stormRows;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private long asStaff() {
        return signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
    }

    /** A storm's start a little ahead of the clock, on the whole minute so times compare exactly. */
    private Instant soon() {
        return clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static NewStorm storm(StormTemplate template, Instant start, Duration... lengths) {
        return new NewStorm("Flere unge til samtalen", "Hvordan får vi flere unge ledige til at møde op?",
                "Piloten med **SMS** i København.", "Københavns Kommune", Audience.SIGNED_IN, null, template, start,
                List.of(lengths));
    }

    private static NewStorm simple(Instant start) {
        return storm(StormTemplate.SIMPLE, start, HOUR, HOUR, HOUR);
    }

    private StormId create(NewStorm storm) {
        asStaff();
        StormId id = storms.create(storm);
        storms.publish(id);
        signedIn.clear();
        return id;
    }

    private void runJob() {
        system.call("test", storms::advanceDuePhases);
    }

    private StormDetails read(StormId id) {
        return storms.storm(id).orElseThrow();
    }

    /** The version of how the storm runs that staff start a change from. */
    private long settingsVersion(StormId id) {
        return storms.management(id).settingsVersion();
    }

    private List<PhaseChange> log(StormId id) {
        asStaff();
        return storms.phaseLog(id);
    }

    private int stormCount() {
        return database.queryForObject("select count(*) from storm", Integer.class);
    }

    private static void assertRefused(ThrowingCallable call, Map<String, String> problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(problems));
    }

    @Test
    void aSimpleStormFollowsItsTemplateAndWaitsForItsStart() {
        Instant start = soon();
        StormId id = create(simple(start));

        StormDetails storm = read(id);
        assertThat(storm.title()).isEqualTo("Flere unge til samtalen");
        assertThat(storm.description()).isEqualTo("Piloten med **SMS** i København.");
        assertThat(storm.ownerOrganisation()).isEqualTo("Københavns Kommune");
        assertThat(storm.phases()).extracting(Phase::position, Phase::kind, Phase::start, Phase::end).containsExactly(
                tuple(0, PhaseKind.OPEN, start, start.plus(HOUR)),
                tuple(1, PhaseKind.EVALUATION, start.plus(HOUR), start.plus(HOUR.multipliedBy(2))),
                tuple(2, PhaseKind.CONCLUDED, start.plus(HOUR.multipliedBy(2)), start.plus(HOUR.multipliedBy(3))));
        assertThat(storm.phases().getFirst().switches()).isEqualTo(new PhaseSwitches(true, true, true, true));
        assertThat(storm.phases().get(1).switches()).isEqualTo(PhaseSwitches.CLOSED);
        assertThat(storm.currentPhase()).isNull();
        assertThat(storm.timeLeft()).isNull();
        assertThat(storm.stage()).isEqualTo(StormStage.COMING);
        assertThat(storms.storms().coming()).extracting(StormSummary::id).contains(id);
    }

    @Test
    void aKlkProcessRunsThroughKlksPhasesWithTheirSwitches() {
        StormId id = create(storm(StormTemplate.KLK, soon(), HOUR, HOUR, HOUR, HOUR, HOUR, HOUR, HOUR));

        assertThat(read(id).phases()).extracting(Phase::kind).containsExactly(PhaseKind.DISCOVERY,
                PhaseKind.THEMATISING, PhaseKind.IDEA_DEVELOPMENT, PhaseKind.VOTING, PhaseKind.EVALUATION,
                PhaseKind.TEST, PhaseKind.CONCLUDED);
        assertThat(read(id).phases()).extracting(phase -> phase.switches().votes())
                .containsExactly(false, false, false, true, false, false, false);
        assertThat(read(id).phases()).extracting(phase -> phase.switches().ideas())
                .containsExactly(true, false, true, false, false, false, false);
    }

    @Test
    void anEmptyStormIsToldEveryMissingFieldAtOnceAndNothingIsStored() {
        int before = stormCount();
        asStaff();
        assertRefused(() -> storms.create(new NewStorm(" ", null, null, "", null, null, null, null, null)), Map.of(
                "title", "ideastorm.title.required", "question", "ideastorm.question.required",
                "owner", "ideastorm.owner.required", "audience", "ideastorm.audience.required",
                "template", "ideastorm.template.required"));
        assertRefused(() -> storms.create(new NewStorm("T", "Q", null, "O", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, null, List.of())), Map.of("start", "ideastorm.start.required"));
        assertThat(stormCount()).isEqualTo(before);
    }

    @Test
    void overLongOrDisguisedTextsAreRefusedAtTheirFields() {
        asStaff();
        NewStorm tooLong = new NewStorm("x".repeat(201), "x".repeat(501), "x".repeat(20_001), "x".repeat(201),
                Audience.PUBLIC_EMPLOYEES, null, StormTemplate.SIMPLE, soon(), List.of(HOUR, HOUR, HOUR));
        assertRefused(() -> storms.create(tooLong), Map.of("title", "ideastorm.title.too-long",
                "question", "ideastorm.question.too-long", "description", "ideastorm.description.too-long",
                "owner", "ideastorm.owner.too-long"));

        NewStorm disguised = new NewStorm("ok\u202Etxt.exe", "Q?", "Tekst\u0007", "O", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, soon(), List.of(HOUR, HOUR, HOUR));
        assertRefused(() -> storms.create(disguised), Map.of("title", "input.invisible-characters",
                "description", "input.control-characters"));

        NewStorm longestAllowed = new NewStorm("x".repeat(200), "x".repeat(500), "x".repeat(20_000), "x".repeat(200),
                Audience.SIGNED_IN, null, StormTemplate.SIMPLE, soon(), List.of(HOUR, HOUR, HOUR));
        assertThat(storms.create(longestAllowed)).isNotNull();
    }

    @Test
    void phasesMustEndAfterTheyStartWithoutOverlappingAndOnePerPhase() {
        int before = stormCount();
        asStaff();
        assertRefused(() -> storms.create(storm(StormTemplate.SIMPLE, soon(), HOUR, HOUR)),
                Map.of("phases", "ideastorm.phases.count"));
        assertRefused(() -> storms.create(storm(StormTemplate.SIMPLE, soon(), HOUR, Duration.ZERO, HOUR.negated())),
                Map.of("phases.1", "ideastorm.phase.ends-before-start", "phases.2", "ideastorm.phase.ends-before-start"));
        assertThat(stormCount()).isEqualTo(before);

        Instant start = soon();
        StormId id = storms.create(simple(start));
        storms.publish(id);
        List<PhaseTimes> overlapping = List.of(new PhaseTimes(start, start.plus(HOUR)),
                new PhaseTimes(start.plus(Duration.ofMinutes(30)), start.plus(HOUR.multipliedBy(2))),
                new PhaseTimes(start.plus(HOUR.multipliedBy(3)), start.plus(HOUR.multipliedBy(2))));
        assertRefused(() -> storms.changePhaseTimes(id, overlapping, settingsVersion(id)), Map.of(
                "phases.1.start", "ideastorm.phase.overlaps", "phases.2", "ideastorm.phase.ends-before-start"));
        assertRefused(() -> storms.changePhaseTimes(id, List.of(new PhaseTimes(start, null),
                new PhaseTimes(start.plus(HOUR), start.plus(HOUR.multipliedBy(2))),
                new PhaseTimes(start.plus(HOUR.multipliedBy(2)), start.plus(HOUR.multipliedBy(3)))),
                settingsVersion(id)),
                Map.of("phases.0", "ideastorm.phase.times-required"));
        assertRefused(() -> storms.changePhaseTimes(id, overlapping.subList(0, 2), settingsVersion(id)),
                Map.of("phases", "ideastorm.phases.count"));
        assertRefused(() -> storms.changePhaseTimes(StormId.of(Long.MAX_VALUE), overlapping, 0),
                Map.of("storm", "ideastorm.storm.unknown"));
        assertThat(read(id).phases()).extracting(Phase::start)
                .containsExactly(start, start.plus(HOUR), start.plus(HOUR.multipliedBy(2)));
    }

    @Test
    void onlyStaffMakeStormsChangeTheirTimesAndMoveThem() {
        Instant start = soon();
        StormId id = create(simple(start));
        for (Role role : List.of(Role.CITIZEN, Role.EMPLOYEE)) {
            signedIn.newPerson("Ikke Stab", role);
            assertThatThrownBy(() -> storms.create(simple(start))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> storms.movePhase(id, 1, "Fordi")).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> storms.changePhaseTimes(id, List.of(), 0))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> storms.phaseLog(id)).isInstanceOf(AuthorizationDeniedException.class);
        }
        signedIn.anonymous();
        assertThatThrownBy(() -> storms.create(simple(start))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(storms.storm(id)).isPresent();
        // The clock's work is the system's: not even staff run it as themselves.
        asStaff();
        assertThatThrownBy(storms::advanceDuePhases).isInstanceOf(AuthorizationDeniedException.class);
        signedIn.as(asStaff(), "Admin", Role.ADMIN);
        assertThat(storms.create(simple(start))).isNotNull();
    }

    @Test
    void theJobStartsAStormAtItsTimeAndMovesItOnWhenItsPhaseEnds() {
        Instant start = soon();
        StormId id = create(simple(start));
        runJob();
        assertThat(read(id).currentPhase()).isNull();

        clock.advance(Duration.between(clock.instant(), start));
        runJob();
        StormDetails open = read(id);
        assertThat(open.currentPhase().kind()).isEqualTo(PhaseKind.OPEN);
        assertThat(open.stage()).isEqualTo(StormStage.OPEN);
        assertThat(open.timeLeft()).isPositive().isLessThanOrEqualTo(HOUR);
        assertThat(storms.storms().open()).extracting(StormSummary::id).contains(id);

        clock.advance(HOUR);
        runJob();
        runJob();
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.EVALUATION);
        assertThat(log(id)).extracting(PhaseChange::from, PhaseChange::to, PhaseChange::by, PhaseChange::reason)
                .containsExactly(tuple(null, PhaseKind.OPEN, null, null),
                        tuple(PhaseKind.OPEN, PhaseKind.EVALUATION, null, null));
        assertThat(events.stream(StormPhaseChanged.class).filter(changed -> changed.storm().equals(id)))
                .extracting(StormPhaseChanged::from, StormPhaseChanged::to, StormPhaseChanged::by)
                .containsExactly(tuple(null, PhaseKind.OPEN, null), tuple(PhaseKind.OPEN, PhaseKind.EVALUATION, null));
    }

    @Test
    void aPortalThatWasDownCatchesUpOnEveryMissedPhaseInOrder() {
        Instant start = soon();
        StormId id = create(storm(StormTemplate.KLK, start, HOUR, HOUR, HOUR, HOUR, HOUR, HOUR, HOUR));

        clock.advance(Duration.between(clock.instant(), start.plus(HOUR.multipliedBy(3)).plusSeconds(90)));
        runJob();

        assertThat(log(id)).extracting(PhaseChange::from, PhaseChange::to).containsExactly(
                tuple(null, PhaseKind.DISCOVERY), tuple(PhaseKind.DISCOVERY, PhaseKind.THEMATISING),
                tuple(PhaseKind.THEMATISING, PhaseKind.IDEA_DEVELOPMENT),
                tuple(PhaseKind.IDEA_DEVELOPMENT, PhaseKind.VOTING));
        Instant votingEnds = start.plus(HOUR.multipliedBy(4));
        Instant before = clock.instant();
        StormDetails storm = read(id);
        assertThat(storm.currentPhase().kind()).isEqualTo(PhaseKind.VOTING);
        assertThat(storm.timeLeft()).isBetween(Duration.between(clock.instant(), votingEnds),
                Duration.between(before, votingEnds));
    }

    @Test
    void theLastPhaseEndsTheStormWithoutAnotherChange() {
        Instant start = soon();
        StormId id = create(simple(start));
        clock.advance(Duration.between(clock.instant(), start.plus(HOUR.multipliedBy(4))));
        runJob();

        StormDetails storm = read(id);
        assertThat(storm.currentPhase().kind()).isEqualTo(PhaseKind.CONCLUDED);
        assertThat(storm.timeLeft()).isZero();
        assertThat(storm.stage()).isEqualTo(StormStage.CONCLUDED);
        assertThat(log(id)).hasSize(3);
        assertThat(storms.storms().concluded()).extracting(StormSummary::id).contains(id);

        // New times for a concluded storm change its phases, not its phase.
        asStaff();
        storms.changePhaseTimes(id, List.of(new PhaseTimes(start, start.plus(HOUR)),
                new PhaseTimes(start.plus(HOUR), start.plus(HOUR.multipliedBy(2))),
                new PhaseTimes(start.plus(HOUR.multipliedBy(2)), start.plus(HOUR.multipliedBy(9)))), settingsVersion(id));
        runJob();
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.CONCLUDED);
        assertThat(read(id).timeLeft()).isPositive();
        assertThat(log(id)).hasSize(3);
    }

    @Test
    void staffMoveAStormByHandWithAReasonThatIsLogged() {
        Instant start = soon();
        StormId id = create(simple(start));
        long staff = asStaff();
        assertRefused(() -> storms.movePhase(id, 1, "  "), Map.of("reason", "reason.required"));
        assertRefused(() -> storms.movePhase(id, 3, "Fordi"), Map.of("phase", "ideastorm.move.no-such-phase"));

        Instant before = clock.instant();
        storms.movePhase(id, 0, "Vi åbner tidligt, pilotkommunerne er klar");
        Instant after = clock.instant();
        assertRefused(() -> storms.movePhase(id, 0, "Igen"), Map.of("phase", "ideastorm.move.already-there"));
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.OPEN);
        assertThat(read(id).currentPhase().start()).as("moved in early, it starts now")
                .isBetween(before.minusMillis(1), after);
        assertThat(read(id).currentPhase().end()).as("and ends as planned").isEqualTo(start.plus(HOUR));
        assertThat(storms.phaseLog(id)).extracting(PhaseChange::to, PhaseChange::by, PhaseChange::reason)
                .containsExactly(tuple(PhaseKind.OPEN, PersonId.of(staff), "Vi åbner tidligt, pilotkommunerne er klar"));
        assertThat(events.stream(StormPhaseChanged.class).filter(changed -> changed.storm().equals(id)))
                .extracting(StormPhaseChanged::to, StormPhaseChanged::by)
                .containsExactly(tuple(PhaseKind.OPEN, PersonId.of(staff)));

        assertThat(new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8))
                .contains("\"ideastorm\"", "\"OPEN\"", "pilotkommunerne er klar");

        // Moved in early, the storm still moves on at the open phase's end, by the clock.
        clock.advance(Duration.between(clock.instant(), start.plus(HOUR)));
        runJob();
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.EVALUATION);
        asStaff();
        assertRefused(() -> storms.movePhase(id, 0, "Tilbage"), Map.of("phase", "ideastorm.move.phase-ended"));
    }

    /**
     * A move by hand past a phase ends the phases before the one moved into now and leaves the one moved past with no
     * time; the times as they then stand may be saved again.
     */
    @Test
    void aMovePastAPhaseEndsItNowAndTheTimesStillSave() {
        Instant start = soon();
        StormId id = create(simple(start));
        clock.advance(Duration.between(clock.instant(), start.plusSeconds(60)));
        runJob();
        asStaff();
        Instant before = clock.instant();
        storms.movePhase(id, 2, "Vi springer vurderingen over");
        Instant after = clock.instant();

        List<Phase> phases = read(id).phases();
        Instant moved = phases.get(2).start();
        assertThat(moved).isBetween(before.minusMillis(1), after);
        assertThat(phases).extracting(Phase::start, Phase::end).containsExactly(tuple(start, moved),
                tuple(moved, moved), tuple(moved, start.plus(HOUR.multipliedBy(3))));
        storms.changePhaseTimes(id, phases.stream().map(phase -> new PhaseTimes(phase.start(), phase.end())).toList(),
                settingsVersion(id));
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.CONCLUDED);
    }

    @Test
    void newTimesMoveTheStormOnByThem() {
        Instant start = soon();
        StormId id = create(simple(start));
        asStaff();
        Instant now = clock.instant();
        storms.changePhaseTimes(id, List.of(new PhaseTimes(now.minus(HOUR), now.minusSeconds(60)),
                new PhaseTimes(now.minusSeconds(60), now.plus(HOUR)), new PhaseTimes(now.plus(HOUR), now.plus(HOUR.multipliedBy(2)))),
                settingsVersion(id));
        runJob();
        assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.EVALUATION);
        assertThat(log(id)).extracting(PhaseChange::to).containsExactly(PhaseKind.OPEN, PhaseKind.EVALUATION);
    }

    @Test
    void twoRunnersAtTheSameMomentMakeEachChangeOnce() throws Exception {
        Instant start = soon();
        List<StormId> due = IntStream.range(0, 6).mapToObj(i -> create(simple(start))).toList();
        clock.advance(Duration.between(clock.instant(), start.plus(HOUR.multipliedBy(2)).plusSeconds(1)));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService runners = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(runners.submit(() -> system.call("test", () -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                    } catch (Exception interrupted) {
                        throw new IllegalStateException(interrupted);
                    }
                    return storms.advanceDuePhases();
                })));
            }
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            runners.shutdownNow();
        }

        for (StormId id : due) {
            assertThat(log(id)).extracting(PhaseChange::from, PhaseChange::to).as("storm %s", id.value())
                    .containsExactly(tuple(null, PhaseKind.OPEN), tuple(PhaseKind.OPEN, PhaseKind.EVALUATION),
                            tuple(PhaseKind.EVALUATION, PhaseKind.CONCLUDED));
            assertThat(read(id).currentPhase().kind()).isEqualTo(PhaseKind.CONCLUDED);
        }
    }

    /**
     * The conditional update itself, without leaving it to timing: a runner that read the storm before another
     * runner moved it finds its change already made and neither logs nor publishes it again.
     */
    @Test
    void aRunnerThatReadTheStormBeforeAnotherMovedItLeavesItAlone() throws Exception {
        Instant start = soon();
        StormId id = create(simple(start));
        clock.advance(Duration.between(clock.instant(), start));

        Boolean lateRunnerChanged = transactions.execute(status -> {
            PhaseSwitcher.ReadState readEarly = PhaseSwitcher.ReadState.of(stormRows.findWithPhasesById(id.value())
                    .orElseThrow());
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                assertThat(other.submit(() -> switcher.advance(id.value(), clock.instant())).get(1, TimeUnit.MINUTES))
                        .isEqualTo(1);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            } finally {
                other.shutdownNow();
            }
            return switcher.switchTo(readEarly, readEarly.storm().getPhases().getFirst(), null, null).isPresent();
        });

        assertThat(lateRunnerChanged).isFalse();
        assertThat(log(id)).extracting(PhaseChange::to).containsExactly(PhaseKind.OPEN);
    }
}
