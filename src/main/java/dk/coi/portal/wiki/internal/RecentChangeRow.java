package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;

/** A revision with its page title and the page's size before it, read in one query. */
public record RecentChangeRow(long revision, String pageTitle, Long personId, long timestamp, String summaryText,
                              Phrase summaryPhrase, boolean minor, Integer size, Integer previousSize,
                              Long patrolledBy) {

    public EditSummary summary() {
        return new EditSummary(summaryText, summaryPhrase);
    }
}
