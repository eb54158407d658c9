package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Phrase;
import java.time.Instant;

/** One phase of a storm as it is shown: its place in the order, kind, times and switches. */
public record Phase(int position, PhaseKind kind, Instant start, Instant end, PhaseSwitches switches) {

    /** What happens in the phase and what participants may do in it, in a sentence or two beside its name. */
    public Phrase explanation() {
        return explanation(kind, switches);
    }

    /** What happens in a phase of the kind with the switches, for phases listed before they have times. */
    public static Phrase explanation(PhaseKind kind, PhaseSwitches switches) {
        return Phrase.of("ideastorm.phase.explanation", Phrase.of(kind.aboutKey()), switches.participation(kind.collectsObservations()));
    }
}
