package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/** A line of a storm's phase log: {@code by} and {@code reason} are null for a change the clock made. */
public record PhaseChange(PhaseKind from, PhaseKind to, Instant at, PersonId by, String reason) {
}
