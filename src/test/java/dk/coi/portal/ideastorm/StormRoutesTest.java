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
        assertThat(TimeLeft.span(Duration.ofDays(3).plusHours(4).plusMinutes(59)))
                .isEqualTo(Phrase.of("ideastorm.time-left.days", 3L, 4L));
        assertThat(TimeLeft.span(Duration.ofHours(5).plusMinutes(7).plusSeconds(30)))
                .isEqualTo(Phrase.of("ideastorm.time-left.hours", 5L, 7L));
        assertThat(TimeLeft.span(Duration.ofMinutes(42))).isEqualTo(Phrase.of("ideastorm.time-left.minutes", 42L));
        assertThat(TimeLeft.span(Duration.ofSeconds(20))).isEqualTo(Phrase.of("ideastorm.time-left.under-a-minute"));
        assertThat(TimeLeft.of(Duration.ofMinutes(42)))
                .isEqualTo(Phrase.of("ideastorm.time-left", Phrase.of("ideastorm.time-left.minutes", 42L)));
    }

    @Test
    void aPhaseIsExplainedByItsKindAndWhatParticipantsMayDoInIt() {
        Phrase open = new Phase(0, PhaseKind.OPEN, null, null, new PhaseSwitches(true, true, true, true)).explanation();
        assertThat(open).isEqualTo(Phrase.of("ideastorm.phase.explanation", Phrase.of("ideastorm.phase.open.about"),
                Phrase.of("ideastorm.switches.three", Phrase.of("ideastorm.switch.ideas"),
                        Phrase.of("ideastorm.switch.comments"), Phrase.of("ideastorm.switch.votes"))));
        assertThat(PhaseSwitches.CLOSED.participation()).isEqualTo(Phrase.of("ideastorm.switches.none"));
        assertThat(new PhaseSwitches(false, false, true, false).participation())
                .isEqualTo(Phrase.of("ideastorm.switches.one", Phrase.of("ideastorm.switch.votes-counts-hidden")));
    }

    @Test
    void theConcludedStormsPageIsInTheQueryOnlyBeyondTheFirst() {
        assertThat(StormRoutes.concludedPage(1)).isEqualTo("idestorme");
        assertThat(StormRoutes.concludedPage(3)).isEqualTo("idestorme?afsluttede=3");
        assertThat(StormRoutes.concludedPageOf("3")).isEqualTo(3);
        for (String other : new String[] {null, "", "0", "-2", "x", "03", "99999999999"}) {
            assertThat(StormRoutes.concludedPageOf(other)).as(other).isEqualTo(1);
        }
        assertThat(StormRoutes.management(StormId.of(7), "Færre breve")).isEqualTo("idestorme/7-faerre-breve/styring");
    }
}
