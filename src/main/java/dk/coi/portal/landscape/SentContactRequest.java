package dk.coi.portal.landscape;

import java.time.Instant;

/**
 * A contact request as the person who sent it sees it: the case, when they wrote and what, and the contact person's
 * reply with its time (both null while unanswered).
 */
public record SentContactRequest(ContactRequestId id, String caseTitle, String casePath, String message,
                                 Instant sentAt, String reply, Instant repliedAt) {
}
