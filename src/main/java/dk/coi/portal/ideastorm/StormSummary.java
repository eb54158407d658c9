package dk.coi.portal.ideastorm;

import java.time.Duration;
import java.time.Instant;

/**
 * A storm in the storm list: its current phase and what is left of it are null while it is coming; {@code start}
 * is its first phase's start, {@code end} its last phase's end, {@code endedAt} when it concluded (null until then), {@code resultsPublished} whether its
 * results page is public.
 */
public record StormSummary(StormId id, String title, String question, String ownerOrganisation,
                           PhaseKind currentPhase, Duration timeLeft, Instant start, Instant end, Instant endedAt,
                           boolean resultsPublished) {

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(id, title);
    }

    /** The storm's results page. */
    public String resultsPath() {
        return StormRoutes.results(id, title);
    }
}
