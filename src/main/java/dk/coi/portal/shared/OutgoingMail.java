package dk.coi.portal.shared;

/** A plain-text mail to one person. */
public record OutgoingMail(String to, String subject, String text) {
}
