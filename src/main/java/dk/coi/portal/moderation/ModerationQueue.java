package dk.coi.portal.moderation;

import java.util.List;

/**
 * What the staff queue shows, in one read: content waiting for approval (oldest first), reported content grouped per
 * item, and the latest decisions.
 */
public record ModerationQueue(List<AwaitingItem> awaitingApproval, List<QueuedItem> items,
                              List<ModerationLogLine> recentDecisions) {
}
