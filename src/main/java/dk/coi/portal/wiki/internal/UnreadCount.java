package dk.coi.portal.wiki.internal;

/** How many unread notices a person has about one page. */
public record UnreadCount(long pageId, long unread) {
}
