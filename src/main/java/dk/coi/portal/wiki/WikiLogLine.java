package dk.coi.portal.wiki;

import java.time.Instant;

/** A line of the public wiki log; {@code person} is null once the person has been erased. */
public record WikiLogLine(long id, Instant time, Long personId, String person, WikiLogAction action,
                          String pageTitle, String detail) {
}
