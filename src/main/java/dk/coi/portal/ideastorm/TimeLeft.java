package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Phrase;
import java.time.Duration;

/**
 * What is left of a phase in words, to the two largest units ("3 dage og 4 timer"): read once when the page is
 * shown rather than ticking, so that a screen reader has nothing to announce every second.
 */
public final class TimeLeft {

    private TimeLeft() {
    }

    /** "3 dage og 4 timer tilbage", for a phase that has not ended. */
    public static Phrase of(Duration left) {
        return Phrase.of("ideastorm.time-left", span(left));
    }

    /** "3 dage og 4 timer": how long until a moment that has not come. */
    public static Phrase span(Duration left) {
        if (left.toDays() > 0) {
            return Phrase.of("ideastorm.time-left.days", left.toDays(), left.toHoursPart());
        }
        if (left.toHours() > 0) {
            return Phrase.of("ideastorm.time-left.hours", left.toHours(), left.toMinutesPart());
        }
        // A phase with seconds left has not ended: "under a minute" rather than "0 minutes".
        return left.toMinutes() > 0 ? Phrase.of("ideastorm.time-left.minutes", left.toMinutes())
                : Phrase.of("ideastorm.time-left.under-a-minute");
    }
}
