package dk.coi.portal.wiki;

import java.util.List;

/**
 * A page's history as its screen shows it, read in one transaction: a screenful of lines, newest first (empty
 * when the page is missing or not readable), and whether the reader may roll back its latest edits.
 */
public record HistoryScreen(List<HistoryLine> lines, boolean mayRollback) {
}
