package dk.coi.portal.wiki;

import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One line of a page's history: the named author ({@code null} once the author has been erased; shown as
 * "Slettet bruger"), time, summary and size change.
 */
public record HistoryLine(long revision, Long authorId, String author, Instant time, EditSummary summary, boolean minor,
                              int size, int sizeChange) {
}
