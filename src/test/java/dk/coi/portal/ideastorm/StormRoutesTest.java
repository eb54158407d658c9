package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.Phrase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A storm's address and its time left in words, without the portal. */
class StormRoutesTest {

    @Test
    void aStormsAddressIsItsNumberAndItsTitlesWordsSpeltWithoutDanishLettersOrAccents() {
        assertThat(StormRoutes.storm(StormId.of(12), "Hvordan får flere unge ledige til at møde op?"))
                .isEqualTo("idestorme/12-hvordan-faar-flere-unge-ledige-til-at-moede-op");
        assertThat(StormRoutes.storm(StormId.of(3), "Idé: Æbler & Ørreder — café")).isEqualTo("idestorme/3-ide-aebler-oerreder-cafe");
        assertThat(StormRoutes.storm(StormId.of(4), "?!")).as("no words: the number alone").isEqualTo("idestorme/4");
        assertThat(StormRoutes.storm(StormId.of(5), "ord ".repeat(40))).as("cut at a word")
                .hasSizeLessThanOrEqualTo("idestorme/5-".length() + 60).endsWith("-ord");
    }

    @Test
    void theNumberFindsTheStormWhateverWordsFollowIt() {
        assertThat(StormRoutes.idOf("12-hvordan")).contains(StormId.of(12));
        assertThat(StormRoutes.idOf("12")).contains(StormId.of(12));
        assertThat(StormRoutes.idOf("12x")).isEmpty();
        assertThat(StormRoutes.idOf("abc")).isEmpty();
        assertThat(StormRoutes.idOf("9999999999999999999")).isEmpty();
    }

    @Test
    void timeLeftIsSaidInItsTwoLargestUnits() {
        assertThat(TimeLeft.of(Duration.ofDays(3).plusHours(4).plusMinutes(59)))
                .isEqualTo(Phrase.of("ideastorm.time-left.days", 3L, 4L));
        assertThat(TimeLeft.of(Duration.ofHours(5).plusMinutes(7).plusSeconds(30)))
                .isEqualTo(Phrase.of("ideastorm.time-left.hours", 5L, 7L));
        assertThat(TimeLeft.of(Duration.ofMinutes(42))).isEqualTo(Phrase.of("ideastorm.time-left.minutes", 42L));
        assertThat(TimeLeft.of(Duration.ofSeconds(20))).isEqualTo(Phrase.of("ideastorm.time-left.under-a-minute"));
        assertThat(TimeLeft.of(Duration.ZERO)).isEqualTo(Phrase.of("ideastorm.time-left.none"));
    }
}
