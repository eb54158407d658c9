package dk.coi.portal.notification;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a subject, for everyone who follows it (or the people named) but the actor:
 * {@code kind} is the owning module's word for it (e.g. EDIT, COMMENT), {@code detailId} what the notice leads to
 * (a revision, a comment), {@code actor} who did it (null: the portal itself, e.g. hiding content after reports),
 * {@code summary} the actor's own words or the portal's description of the change.
 */
public record NewNotice(Subject subject, String kind, Long detailId, PersonId actor, EditSummary summary,
                        Instant at) {

    private static final int MAX_WORDS = 500;

    public NewNotice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        summary = summary == null ? EditSummary.of((String) null) : summary;
        if (summary.text() != null && summary.text().length() > MAX_WORDS) {
            summary = EditSummary.of(summary.text().substring(0, MAX_WORDS - 1) + "…");
        }
    }
}
