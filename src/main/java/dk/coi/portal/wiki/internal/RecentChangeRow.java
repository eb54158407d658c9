package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;

/**
 * A revision with its page title, the page's revision before it (null when it created the page) and the page's size
 * before it, read in one query.
 */
public record RecentChangeRow(long revision, String pageTitle, Long personId, long timestamp, String summaryText,
                              Phrase summaryPhrase, boolean minor, Integer size, Long previousRevision,
                              Integer previousSize, Long patrolledBy) {

    public EditSummary summary() {
        return new EditSummary(summaryText, summaryPhrase);
    }
}
