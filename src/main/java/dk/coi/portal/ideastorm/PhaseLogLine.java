package dk.coi.portal.ideastorm;

import java.time.Instant;

/**
 * A line of a storm's phase log as staff read it: {@code from} is null for the storm's start; a change by hand
 * names the person who made it ({@code by}, null once they are erased) and their reason; the clock's changes have
 * neither.
 */
public record PhaseLogLine(PhaseKind from, PhaseKind to, Instant at, boolean byHand, String by, String reason) {
}
