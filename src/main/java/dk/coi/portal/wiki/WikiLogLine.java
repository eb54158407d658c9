package dk.coi.portal.wiki;

import dk.coi.portal.shared.Phrase;
import java.time.Instant;

/**
 * A line of the public wiki log: what the portal says about the action ({@code facts}, e.g. both titles of a move;
 * null when the action says it all) and the person's own {@code reason} (null when none was given);
 * {@code person} is null once the person has been erased.
 */
public record WikiLogLine(long id, Instant time, Long personId, String person, WikiLogAction action,
                          String pageTitle, Phrase facts, String reason) implements RecentActivity {
}
