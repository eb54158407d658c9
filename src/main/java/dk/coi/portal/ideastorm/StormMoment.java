package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Phrase;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Where a storm stands in time, as one sentence on its page ("Fasen »Tematisering« slutter om 3 dage og 4 timer,
 * tirsdag 8. december kl. 12.00 (dansk tid)."), the moment it names in a {@code <time>} element. Worked out once
 * when the page is shown, never ticking, so a screen reader has nothing to announce by itself.
 */
public record StormMoment(Phrase sentence, Instant at, Style style) {

    /** How the moment is said. */
    public enum Style {
        /** Weekday, day and hour of a near end ("tirsdag 8. december kl. 12.00 (dansk tid)"; midnight as 24.00). */
        NEAR_END,
        /** Date with year and hour ("8. dec. 2026 12.00 (dansk tid)"). */
        DATE_AND_HOUR,
        /** The last day of something ended ("8. december 2026"; an end at midnight on the day before). */
        END_DATE
    }

    /** Stands in the sentence's arguments where the moment goes; a private-use character no text contains. */
    static final String MOMENT = "\uE000";

    /** The sentence around the moment, the moment in words and as the {@code datetime} attribute wants it. */
    public record Words(String before, String moment, String datetime, String after) {
    }

    /** The sentence in a language: {@code translator} turns a key and its arguments into text. */
    public Words words(BiFunction<String, Object[], String> translator, Locale locale) {
        String text = sentence.render(translator);
        String shown = switch (style) {
            case NEAR_END -> translator.apply("ideastorm.danish-time",
                    new Object[] {DateFormats.endWeekdayDateTime(at, locale)});
            case DATE_AND_HOUR -> translator.apply("ideastorm.danish-time",
                    new Object[] {DateFormats.dateTime(at, locale)});
            case END_DATE -> DateFormats.longDate(DateFormats.endDate(at), locale);
        };
        String datetime = style == Style.END_DATE ? DateFormats.endDate(at).toString()
                : DateFormats.machineReadable(at);
        int place = text.indexOf(MOMENT);
        return place < 0 ? new Words(text, shown, datetime, "")
                : new Words(text.substring(0, place), shown, datetime, text.substring(place + MOMENT.length()));
    }
}
