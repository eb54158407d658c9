package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * A storm went into another phase (from null: its first phase started), by the clock ({@code by} null) or moved
 * by staff. Published in the changing transaction, so the event publication registry keeps it for listeners.
 */
public record StormPhaseChanged(StormId storm, PhaseKind from, PhaseKind to, int toPosition, Instant at,
                                PersonId by) {
}
