package dk.coi.portal.wiki;

import dk.coi.portal.shared.TextDiff;

/** The difference between two revisions of a page ({@code fromRevision} 0: the page's first text). */
public record WikiDiff(long fromRevision, long toRevision, TextDiff text) {

    public boolean identical() {
        return text.identical();
    }
}
