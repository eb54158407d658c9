package dk.coi.portal.identity;

/** Where a background job may write to a person: their name and e-mail address. */
public record MailRecipient(long personId, String displayName, String email) {
}
