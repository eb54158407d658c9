package dk.coi.portal.shell.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a Danish or English reader expects them, e.g. "22. november 2026". */
final class DateFormats {

    private DateFormats() {
    }

    static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
