package dk.coi.portal.notification;

import java.util.Locale;

/** A person's choice of mail about what they follow, and the language their mail is written in. */
public record MailSettings(MailMode mailMode, Locale language) {
}
