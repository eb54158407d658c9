package dk.coi.portal.notification;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;

/**
 * One notice as its reader sees it: what happened to which subject ({@code subjectTitle} as its module names it,
 * {@code shownTitle} the words it is shown with, translated when shown; {@code labelKey} translated, linking to
 * {@code path}; {@code minorChange}: a minor change, marked so), by whom ({@code actorId} null: the portal itself;
 * {@code actor} null once that person has been erased), and the change's summary.
 */
public record Notice(long id, Subject subject, String subjectTitle, Phrase shownTitle, String subjectPath,
                     String kind, Long detailId,
                     String labelKey, String path, boolean minorChange, Long actorId, String actor, Instant time,
                     EditSummary summary, boolean read) {
}
