package dk.coi.portal.wiki;

import java.util.Locale;

/** A person's choice of mail about watched pages, and the language the mail is written in. */
public record WatchSettings(MailMode mailMode, Locale language) {
}
