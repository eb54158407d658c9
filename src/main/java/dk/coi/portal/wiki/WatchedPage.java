package dk.coi.portal.wiki;

import java.time.Instant;

/** A page on the signed-in person's watchlist; {@code expiresAt} null when watched for good. */
public record WatchedPage(String title, Instant expiresAt, int unread) {

    public String path() {
        return WikiTitles.path(title);
    }
}
