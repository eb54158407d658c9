package dk.coi.portal.moderation;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import java.time.Instant;

/**
 * A line of the moderation log. {@code personId} is null for a decision the portal made itself (auto-hide);
 * {@code person} is the person's credit ("Navn (Arbejdsplads)"), null also once the person has been erased. {@code title} names the content as it was called
 * when decided, {@code facts} is what the portal adds (e.g. the number of reporters), {@code reason} the person's
 * own words; the phrases are translated when shown. {@code path} leads to moderated content that still exists
 * (null otherwise). Staff's own views also tell apart pieces of content of the same title (two comments on one talk
 * page): the start of the content's text now ({@code excerpt}, {@link ModeratedItem#gist}) and its author's credit
 * ({@code author}); both are null in a module's public log, which never quotes content, and when not known.
 */
public record ModerationLogLine(long id, Instant time, Long personId, String person, LogKind kind, Subject subject,
                                Phrase title, Phrase facts, String reason, String path, String excerpt,
                                String author) {
}
