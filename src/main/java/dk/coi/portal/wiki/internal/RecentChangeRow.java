package dk.coi.portal.wiki.internal;

/** A revision with its page title and the page's size before it, read in one query. */
public record RecentChangeRow(long revision, String pageTitle, Long personId, long timestamp, String summary,
                              boolean minor, Integer size, Integer previousSize, Long patrolledBy) {
}
