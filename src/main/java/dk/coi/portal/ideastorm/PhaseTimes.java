package dk.coi.portal.ideastorm;

import java.time.Instant;

/** When a phase starts and ends. */
public record PhaseTimes(Instant start, Instant end) {
}
