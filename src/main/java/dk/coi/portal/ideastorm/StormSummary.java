package dk.coi.portal.ideastorm;

import java.time.Instant;

/** A storm in the storm list: its current phase is null while it is coming. */
public record StormSummary(StormId id, String title, String question, PhaseKind currentPhase, Instant start,
                           Instant end) {
}
