package dk.coi.portal.wiki;

import java.time.Instant;

/** An edit waiting for staff review; {@code author} is null once the author has been erased. */
public record PendingEdit(long id, String pageTitle, Long authorId, String author, Instant time, String summary,
                          boolean outdated) {
}
