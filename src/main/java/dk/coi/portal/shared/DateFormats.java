package dk.coi.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a Danish or English reader of a Danish portal expects them, for every view and mail:
 * Danish as in Denmark ("2. dec. 2026 06.06"), English by British conventions, day first and on a 24-hour
 * clock ("2 Dec 2026, 06:06") rather than the American "Dec 2, 2026, 6:06 AM". Times are Danish time, to the
 * minute, as MediaWiki shows them: seconds only made lists harder to read.
 */
public final class DateFormats {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter SPREADSHEET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DANISH_TIME);
    private static final Locale BRITISH_ENGLISH = Locale.UK;

    private DateFormats() {
    }

    /** "22. november 2026" / "22 November 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(conventions(locale)).format(date);
    }

    /** "november 2026" / "November 2026". */
    public static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", conventions(locale)).format(month);
    }

    /** "2. dec. 2026 06.06" / "2 Dec 2026, 06:06", in Danish time. */
    public static String dateTime(Instant time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(conventions(locale))
                .withZone(DANISH_TIME).format(time);
    }

    /**
     * "tirsdag 8. december kl. 12.00" / "Tuesday 8 December at 12:00", in Danish time: a near moment as people say
     * it, without the year.
     */
    public static String weekdayDateTime(Instant time, Locale locale) {
        return DateTimeFormatter.ofPattern(english(locale) ? "EEEE d MMMM 'at' HH:mm" : "EEEE d. MMMM 'kl.' HH.mm",
                conventions(locale)).withZone(DANISH_TIME).format(time);
    }

    /**
     * "14. dec. 2026 24.00" / "14 Dec 2026, 24:00": the moment something ends, in Danish time. An end at midnight
     * is said as the close of its last day ({@link #endDate}), never as 00.00 of the day after, which readers take
     * for a day more; any other end as {@link #dateTime}.
     */
    public static String endDateTime(Instant end, Locale locale) {
        if (!atMidnight(end)) {
            return dateTime(end, locale);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(conventions(locale))
                .format(endDate(end)) + (english(locale) ? ", 24:00" : " 24.00");
    }

    /**
     * "mandag 14. december kl. 24.00" / "Monday 14 December at 24:00": a near end as people say it, an end at
     * midnight as the close of its last day (see {@link #endDateTime}).
     */
    public static String endWeekdayDateTime(Instant end, Locale locale) {
        if (!atMidnight(end)) {
            return weekdayDateTime(end, locale);
        }
        return DateTimeFormatter.ofPattern(english(locale) ? "EEEE d MMMM 'at 24:00'" : "EEEE d. MMMM 'kl. 24.00'",
                conventions(locale)).format(endDate(end));
    }

    /** The last day of something that ends at the moment, in Danish time: the day before, when it ends at midnight. */
    public static LocalDate endDate(Instant end) {
        ZonedDateTime danish = end.atZone(DANISH_TIME);
        return atMidnight(end) ? danish.toLocalDate().minusDays(1) : danish.toLocalDate();
    }

    private static boolean atMidnight(Instant time) {
        return time.atZone(DANISH_TIME).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    private static boolean english(Locale locale) {
        return PortalLocales.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** "2026-12-08T12:00:00+01:00": the moment in Danish time for a {@code <time datetime>} attribute. */
    public static String machineReadable(Instant time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(DANISH_TIME));
    }

    /** "2026-12-08 12:00": the moment in Danish time as a spreadsheet reads a date and time, in any language. */
    public static String spreadsheet(Instant time) {
        return SPREADSHEET.format(time);
    }

    /** The day of the moment in Danish time. */
    public static LocalDate danishDate(Instant time) {
        return time.atZone(DANISH_TIME).toLocalDate();
    }

    private static Locale conventions(Locale locale) {
        return PortalLocales.ENGLISH.getLanguage().equals(locale.getLanguage()) ? BRITISH_ENGLISH
                : PortalLocales.fromTag(locale.getLanguage());
    }
}
