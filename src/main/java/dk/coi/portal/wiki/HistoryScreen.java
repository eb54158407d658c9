package dk.coi.portal.wiki;

import java.util.List;

/**
 * A page's history as its screen shows it, read in one transaction: a screenful of lines, newest first (empty
 * when the page is missing or not readable), whether the reader may roll back its latest edits, and the revision
 * just before the screenful ({@code olderRevision}, 0 when the screenful reaches the page's first), which the
 * oldest line is compared with and the next screenful starts at.
 */
public record HistoryScreen(List<HistoryLine> lines, boolean mayRollback, long olderRevision) {

    /** Lines on one screen of a page's history. */
    public static final int PAGE_SIZE = 50;

    public boolean hasOlder() {
        return olderRevision > 0;
    }
}
