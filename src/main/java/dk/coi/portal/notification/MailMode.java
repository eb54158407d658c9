package dk.coi.portal.notification;

import java.util.Locale;

/**
 * How a person hears by mail of what they follow. In-app notices come in every case. With {@code EACH_CHANGE}
 * one mail goes out per subject, then none until the person has looked at it again.
 */
public enum MailMode {
    EACH_CHANGE, DAILY_DIGEST, NONE;

    public String labelKey() {
        return "notification.mail-mode." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
