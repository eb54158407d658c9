package dk.coi.portal.wiki;

import java.time.Instant;

/**
 * One line of a page's history: the named author ({@code null} once the author has been erased; shown as
 * "Slettet bruger"), time, summary and size change.
 */
public record RevisionSummary(long revision, Long authorId, String author, Instant time, String summary, boolean minor,
                              int size, int sizeChange) {
}
