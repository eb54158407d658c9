package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Danish dates stay Danish; English ones are day first on a 24-hour clock, in Danish time. */
class DateFormatsTest {

    /** Early morning in Copenhagen (UTC+1 in December). */
    private static final Instant MORNING = Instant.parse("2026-12-02T05:06:58Z");

    @Test
    void englishDatesAndTimesAreDayFirstOnATwentyFourHourClock() {
        assertThat(DateFormats.dateTime(MORNING, PortalLocales.ENGLISH)).isEqualTo("2 Dec 2026, 06:06");
        assertThat(DateFormats.longDate(LocalDate.of(2026, 11, 22), PortalLocales.ENGLISH))
                .isEqualTo("22 November 2026");
    }

    @Test
    void danishDatesAndTimesStayDanish() {
        assertThat(DateFormats.dateTime(MORNING, PortalLocales.DANISH)).isEqualTo("2. dec. 2026 06.06");
        assertThat(DateFormats.longDate(LocalDate.of(2026, 11, 22), PortalLocales.DANISH))
                .isEqualTo("22. november 2026");
    }

    @Test
    void timesAreDanishTimeInSummerToo() {
        assertThat(DateFormats.dateTime(Instant.parse("2026-07-01T22:30:00Z"), PortalLocales.ENGLISH))
                .isEqualTo("2 Jul 2026, 00:30");
    }

    /** Midnight on 15 December in Copenhagen: the end of the 14th, not a moment of the 15th. */
    @Test
    void anEndAtMidnightIsTheCloseOfTheDayBefore() {
        Instant midnight = Instant.parse("2026-12-14T23:00:00Z");
        assertThat(DateFormats.endDateTime(midnight, PortalLocales.DANISH)).isEqualTo("14. dec. 2026 24.00");
        assertThat(DateFormats.endDateTime(midnight, PortalLocales.ENGLISH)).isEqualTo("14 Dec 2026, 24:00");
        assertThat(DateFormats.endWeekdayDateTime(midnight, PortalLocales.DANISH))
                .isEqualTo("mandag 14. december kl. 24.00");
        assertThat(DateFormats.endWeekdayDateTime(midnight, PortalLocales.ENGLISH))
                .isEqualTo("Monday 14 December at 24:00");
        assertThat(DateFormats.endDate(midnight)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void anEndAtAnyOtherHourIsSaidAsItIs() {
        assertThat(DateFormats.endDateTime(MORNING, PortalLocales.DANISH)).isEqualTo("2. dec. 2026 06.06");
        assertThat(DateFormats.endWeekdayDateTime(MORNING, PortalLocales.ENGLISH))
                .isEqualTo("Wednesday 2 December at 06:06");
        assertThat(DateFormats.endDate(Instant.parse("2026-12-14T23:01:00Z"))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void onlyDateFormatsChoosesHowDatesAreShown() throws IOException {
        Path sources = Path.of("src/main/java/dk/coi/portal");
        try (Stream<Path> files = Files.walk(sources)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("shared/DateFormats.java"))
                    .filter(DateFormatsTest::formatsDatesItself))
                    .as("files that format dates for display without DateFormats").isEmpty();
        }
    }

    private static boolean formatsDatesItself(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("ofLocalized") || source.contains("FormatStyle")
                    || source.contains("DateTimeFormatter.ofPattern");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
