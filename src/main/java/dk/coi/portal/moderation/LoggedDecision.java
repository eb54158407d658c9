package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import java.time.Instant;
import java.util.Objects;

/**
 * A decision a module records in the moderation log: when, who ({@code person} null: the portal itself), its kind,
 * the content it concerns and what that was called then ({@code title}), what the portal adds ({@code facts}, may be
 * null) and the person's own words ({@code reason}, may be null, already checked by the module's rules).
 */
public record LoggedDecision(Instant time, PersonId person, LogKind kind, Subject subject, Phrase title, Phrase facts,
                             String reason) {

    public LoggedDecision {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
    }
}
