package dk.coi.portal.ideastorm;

import java.time.Instant;

/** One phase of a storm as it is shown: its place in the order, kind, times and switches. */
public record Phase(int position, PhaseKind kind, Instant start, Instant end, PhaseSwitches switches) {
}
