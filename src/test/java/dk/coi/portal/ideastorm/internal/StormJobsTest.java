package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.PhaseChange;
import dk.coi.portal.ideastorm.PhaseKind;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TwoNodes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The phase job as the scheduler runs it: under its database lock, as the system, once per change. */
@PortalTest
class StormJobsTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormJobs jobs;
    @Autowired
    StormService storms;
    @Autowired
    LockProvider locks;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A Simpel idéstorm of hour-long phases starting at {@code start}. */
    private StormId storm(Instant start) {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId id = storms.create(new NewStorm("Jobcenter", "Hvordan?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        storms.publish(id);
        signedIn.clear();
        return id;
    }

    private List<PhaseKind> changes(StormId id) {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        return storms.phaseLog(id).stream().map(PhaseChange::to).toList();
    }

    private Instant soon() {
        return clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheJobLeavesTheStormsToIt() {
        Instant start = soon();
        StormId id = storm(start);
        clock.advance(Duration.between(clock.instant(), start));
        // The scheduler's own run may hold the lock for a moment.
        SimpleLock otherNode = await().atMost(Duration.ofSeconds(30)).until(() -> locks.lock(new LockConfiguration(
                clock.instant(), StormJobs.PHASE_LOCK, Duration.ofMinutes(1), Duration.ZERO)), Optional::isPresent)
                .orElseThrow();
        try {
            jobs.changePhases();
            assertThat(changes(id)).isEmpty();
        } finally {
            otherNode.unlock();
        }
        jobs.changePhases();
        assertThat(changes(id)).containsExactly(PhaseKind.OPEN);
    }

    @Test
    void twoJobRunsAtTheSameMomentMakeEachChangeOnce() throws Exception {
        Instant start = soon();
        List<StormId> due = IntStream.range(0, 4).mapToObj(i -> storm(start)).toList();
        clock.advance(Duration.between(clock.instant(), start.plus(HOUR).plusSeconds(1)));

        TwoNodes.runTogether(() -> {
            jobs.changePhases();
            return null;
        });
        for (StormId id : due) {
            assertThat(changes(id)).as("storm %s", id.value()).containsExactly(PhaseKind.OPEN, PhaseKind.EVALUATION);
        }
    }
}
