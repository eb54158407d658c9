package dk.coi.portal.wiki;

import dk.coi.portal.shared.TextDiff;

/**
 * What the difference between two revisions of a page shows: both revisions (author, time, summary, size;
 * {@code from} is null when {@code to} created the page), the neighbouring comparisons a reader steps to (the
 * change before {@code from}, the change after {@code to}; null at either end), and the difference itself.
 */
public record DiffScreen(String title, HistoryLine from, HistoryLine to, Comparison older, Comparison newer,
                         TextDiff text) {

    /** Two revisions to compare, the older first. */
    public record Comparison(long from, long to) {
    }
}
