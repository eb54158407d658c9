package dk.coi.portal.notification;

import java.time.Instant;

/** That the signed-in person follows a subject, and until when ({@code expiresAt} null: for good). */
public record FollowState(Instant expiresAt) {
}
