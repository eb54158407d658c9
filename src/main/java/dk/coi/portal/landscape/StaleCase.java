package dk.coi.portal.landscape;

import java.time.Instant;

/**
 * A published case not confirmed up to date for {@link CaseUpkeep#STALE_AFTER}: when it was last confirmed and for
 * how many whole months since it has been stale (0 in its first month).
 */
public record StaleCase(CaseId id, String title, String organisationName, Instant confirmedAt, long monthsStale,
                        String path) {
}
