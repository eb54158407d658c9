package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.PhaseTimes;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StormRulesTest {

    private static final Instant NINE = Instant.parse("2027-03-01T08:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void phasesFollowOneAnotherFromTheStart() {
        assertThat(StormRules.following(NINE, List.of(DAY, Duration.ofHours(2)))).containsExactly(
                new PhaseTimes(NINE, NINE.plus(DAY)), new PhaseTimes(NINE.plus(DAY), NINE.plus(DAY).plusSeconds(7200)));
    }

    @Test
    void textsAreKeptNormalisedAndTheDescriptionsLineEndsUnified() {
        StormRules.CheckedStorm checked = StormRules.check(new NewStorm("  Flere\u00A0 unge ", "Hvordan?",
                "Linje 1\r\nLinje 2\n", " COI ", Audience.SIGNED_IN, null, StormTemplate.SIMPLE, NINE,
                List.of(DAY, DAY, DAY)));
        assertThat(checked.texts()).isEqualTo(new StormTexts("Flere unge", "Hvordan?", "Linje 1\nLinje 2", "COI"));
    }

    @Test
    void phasesMayTouchOrLeaveAGapButNotOverlap() {
        StormRules.checkTimes(List.of(new PhaseTimes(NINE, NINE.plus(DAY)),
                new PhaseTimes(NINE.plus(DAY), NINE.plus(DAY.multipliedBy(2))),
                new PhaseTimes(NINE.plus(DAY.multipliedBy(3)), NINE.plus(DAY.multipliedBy(4)))), 3, NINE);
        assertThatThrownBy(() -> StormRules.checkTimes(List.of(new PhaseTimes(NINE, NINE.plus(DAY)),
                new PhaseTimes(NINE.plus(DAY).minusSeconds(1), NINE.plus(DAY.multipliedBy(2)))), 2, NINE))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("phases.1.start", "ideastorm.phase.overlaps")));
    }

    /** A phase of no time is refused ahead, and kept when it lies behind: a move by hand went past it. */
    @Test
    void aPhaseOfNoTimeIsOneMovedPastWhenItHasEnded() {
        List<PhaseTimes> movedPast = List.of(new PhaseTimes(NINE, NINE.plus(DAY)),
                new PhaseTimes(NINE.plus(DAY), NINE.plus(DAY)), new PhaseTimes(NINE.plus(DAY), NINE.plus(DAY.multipliedBy(3))));
        StormRules.checkTimes(movedPast, 3, NINE.plus(DAY.multipliedBy(2)));
        assertThatThrownBy(() -> StormRules.checkTimes(movedPast, 3, NINE))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("phases.1", "ideastorm.phase.ends-before-start")));
    }
}
