package dk.coi.portal.notification;

/**
 * A module's own list of what of one type a person follows (e.g. the wiki's watchlist): its route path and the
 * translation key of a link to it.
 */
public record FollowedList(String path, String labelKey) {
}
