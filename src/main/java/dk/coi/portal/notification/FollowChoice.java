package dk.coi.portal.notification;

import java.util.Optional;

/**
 * What a signed-in person may do about following a subject they are looking at: follow it, or, when they follow it
 * now ({@code current} not null), change for how long or stop.
 */
public record FollowChoice(FollowState current) {

    public Optional<FollowState> following() {
        return Optional.ofNullable(current);
    }
}
