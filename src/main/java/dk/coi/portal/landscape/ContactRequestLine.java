package dk.coi.portal.landscape;

import java.time.Instant;

/**
 * A contact request as its contact person sees it: the case, who asked (their name, never their address), from which
 * workplace (null: as a private person), what they wrote and when, and the reply given, if any.
 */
public record ContactRequestLine(ContactRequestId id, String caseTitle, String casePath, String requester,
                                 String workplace, String message, Instant sentAt, String reply, Instant repliedAt) {
}
