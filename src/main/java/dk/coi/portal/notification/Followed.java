package dk.coi.portal.notification;

import dk.coi.portal.shared.Subject;
import java.time.Instant;

/**
 * Something the signed-in person follows, as its module names it now: {@code expiresAt} null when followed
 * for good, {@code unread} the notices about it not yet read.
 */
public record Followed(Subject subject, String title, String path, Instant expiresAt, int unread) {
}
