package dk.coi.portal.wiki;

import java.time.Instant;

/**
 * A change to a watched page, as the watcher's notice: an edit ({@code revision}) or a comment on the talk page
 * ({@code commentId}); {@code actor} is null once that person has been erased.
 */
public record WatchNotice(long id, String pageTitle, Kind kind, Long revision, Long commentId, Long actorId,
                          String actor, Instant time, String summary, boolean read) {

    public enum Kind { EDIT, COMMENT }
}
