package dk.coi.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How long a person follows a subject: for good, or for a while (MediaWiki's temporary watching). */
public enum FollowPeriod {
    PERMANENT(null), ONE_WEEK(Duration.ofDays(7)), ONE_MONTH(Duration.ofDays(30)),
    THREE_MONTHS(Duration.ofDays(90)), SIX_MONTHS(Duration.ofDays(180));

    private final Duration length;

    FollowPeriod(Duration length) {
        this.length = length;
    }

    /** When following that starts now ends (to the second), or null for good. */
    public Instant expiry(Instant now) {
        return length == null ? null : now.plus(length).truncatedTo(ChronoUnit.SECONDS);
    }

    public String labelKey() {
        return "notification.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
