package dk.coi.portal.wiki;

import java.util.List;
import java.util.Optional;

/**
 * Everything a wiki page's screen shows, read in one transaction: the page (empty when it does not exist), what
 * the current person may do with it, how many changes wait for review, how many comments its talk page has, and,
 * for a category page, the pages in the category; and whether the signed-in person watches it.
 */
public record PageScreen(String title, Optional<WikiPageView> page, PageActions may, int pendingReviews,
                         long talkComments, List<String> categoryMembers, Optional<WatchedPage> watched) {
}
