package dk.coi.portal.wiki;

import java.time.Instant;

/**
 * A change its author proposed to a page that requires staff review, with when staff decided and their note
 * (the reason, for a rejection).
 */
public record Proposal(long id, String pageTitle, Instant time, String summary, ReviewStatus status, Instant decidedAt,
                       String note) {
}
