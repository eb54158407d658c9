package dk.coi.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How long following lasts (no Spring, no database). */
class FollowPeriodTest {

    private static final Instant NOW = Instant.parse("2026-03-28T23:59:58.987654321Z");

    @Test
    void permanentFollowingHasNoEnd() {
        assertThat(FollowPeriod.PERMANENT.expiry(NOW)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "ONE_WEEK,     2026-04-04T23:59:58Z",
            "ONE_MONTH,    2026-04-27T23:59:58Z",
            "THREE_MONTHS, 2026-06-26T23:59:58Z",
            "SIX_MONTHS,   2026-09-24T23:59:58Z"})
    void aTemporaryFollowEndsAFixedNumberOfDaysLaterToTheSecond(FollowPeriod period, Instant expiry) {
        assertThat(period.expiry(NOW)).isEqualTo(expiry);
    }

    @Test
    void theLengthIsInDaysOfExactly24HoursWhateverTheDaylightSavingTime() {
        // 29 March 2026 is the night Danish clocks go forward; an Instant knows no time zones.
        Instant beforeTheChange = Instant.parse("2026-03-28T12:00:00Z");
        assertThat(Duration.between(beforeTheChange, FollowPeriod.ONE_WEEK.expiry(beforeTheChange)))
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theExpiryIsTruncatedNotRounded() {
        Instant almostASecond = Instant.parse("2026-01-01T00:00:00.999999999Z");
        assertThat(FollowPeriod.ONE_WEEK.expiry(almostASecond)).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
        Instant whole = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(FollowPeriod.ONE_WEEK.expiry(whole)).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
    }

    @Test
    void longerPeriodsEndLater() {
        assertThat(FollowPeriod.ONE_WEEK.expiry(NOW)).isBefore(FollowPeriod.ONE_MONTH.expiry(NOW));
        assertThat(FollowPeriod.ONE_MONTH.expiry(NOW)).isBefore(FollowPeriod.THREE_MONTHS.expiry(NOW));
        assertThat(FollowPeriod.THREE_MONTHS.expiry(NOW)).isBefore(FollowPeriod.SIX_MONTHS.expiry(NOW));
    }

    @ParameterizedTest
    @CsvSource({
            "PERMANENT,    notification.period.permanent",
            "ONE_WEEK,     notification.period.one-week",
            "ONE_MONTH,    notification.period.one-month",
            "THREE_MONTHS, notification.period.three-months",
            "SIX_MONTHS,   notification.period.six-months"})
    void eachPeriodHasItsTranslationKey(FollowPeriod period, String key) {
        assertThat(period.labelKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @EnumSource(FollowPeriod.class)
    void eachPeriodIsNamedInBothLanguages(FollowPeriod period) throws Exception {
        for (String language : new String[] {"da", "en"}) {
            var properties = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                assertThat(in).as("translations_" + language).isNotNull();
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(properties.getProperty(period.labelKey())).as(language + " " + period).isNotBlank();
        }
    }
}
