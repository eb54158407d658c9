package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Phrase;
import java.time.Instant;

/** One phase of a storm as it is shown: its place in the order, kind, times and switches. */
public record Phase(int position, PhaseKind kind, Instant start, Instant end, PhaseSwitches switches) {

    /** What happens in the phase and what participants may do in it, in a sentence or two beside its name. */
    public Phrase explanation() {
        return Phrase.of("ideastorm.phase.explanation", Phrase.of(kind.aboutKey()), switches.participation());
    }
}
