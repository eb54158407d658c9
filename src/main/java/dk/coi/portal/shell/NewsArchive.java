package dk.coi.portal.shell;

import java.util.List;

/**
 * One page of COI's news, newest first ({@code page} counts from 1), and how many pages there are; no items
 * when the page is past the last.
 */
public record NewsArchive(List<NewsItemSummary> items, int page, int pages) {

    /** News items on one page of the archive. */
    public static final int PAGE_SIZE = 20;

    public boolean hasPrevious() {
        return page > 1 && page <= pages;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** Whether the page asked for is one there is (page 1 is, even before there is any news). */
    public boolean exists() {
        return page <= Math.max(pages, 1);
    }
}
