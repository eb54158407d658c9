package dk.coi.portal.moderation;

import java.util.List;

/** What the staff queue shows, in one read: reported content grouped per item, and the latest decisions. */
public record ModerationQueue(List<QueuedItem> items, List<ModerationLogLine> recentDecisions) {
}
