package dk.coi.portal.moderation;

import dk.coi.portal.shared.Reason;
import java.util.Optional;

/**
 * Who hides or shows a piece of content and why: a staff member with their reason, or the portal itself
 * ({@code personId} and {@code reason} null) when enough people have reported it.
 */
public record ModerationDecision(Long personId, Reason reason) {

    public static ModerationDecision automatic() {
        return new ModerationDecision(null, null);
    }

    public Optional<Reason> givenReason() {
        return Optional.ofNullable(reason);
    }
}
