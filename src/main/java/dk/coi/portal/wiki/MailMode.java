package dk.coi.portal.wiki;

import java.util.Locale;

/**
 * How a person hears of changes to watched pages by mail. In-app notices come in every case. With
 * {@code EACH_CHANGE} one mail goes out per page, then none until the person has looked at the page again.
 */
public enum MailMode {
    EACH_CHANGE, DAILY_DIGEST, NONE;

    public String labelKey() {
        return "wiki.watch.mail." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
