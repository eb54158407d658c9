package dk.coi.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
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
        boolean english = PortalLocales.ENGLISH.getLanguage().equals(locale.getLanguage());
        return DateTimeFormatter.ofPattern(english ? "EEEE d MMMM 'at' HH:mm" : "EEEE d. MMMM 'kl.' HH.mm",
                conventions(locale)).withZone(DANISH_TIME).format(time);
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
