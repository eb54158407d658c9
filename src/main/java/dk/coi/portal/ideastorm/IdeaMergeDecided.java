package dk.coi.portal.ideastorm;

import java.time.Instant;

/**
 * Staff merged the idea {@code merged} into {@code kept} (or undid that, {@code undone}), with their reason: published
 * in the merge's transaction, so that the authors of both ideas are told once it has committed.
 */
public record IdeaMergeDecided(IdeaId merged, IdeaId kept, boolean undone, long staffId, String reason, Instant at) {
}
