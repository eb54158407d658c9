package dk.coi.portal.moderation;

import dk.coi.portal.shared.Subject;
import java.time.Instant;

/**
 * A piece of content held back for staff's approval, in the staff queue: what it is, who wrote it ({@code author},
 * a credit, null when unknown) and since when it waits.
 */
public record AwaitingItem(Subject subject, ModeratedItem item, String author, Instant since) {
}
