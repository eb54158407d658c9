package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Phrases keep their meaning through the database and read in the reader's language. */
class PhraseTest {

    private final PhraseConverter converter = new PhraseConverter();

    @Test
    void aPhraseWithTextsNumbersAndANestedPhraseSurvivesTheDatabase() {
        Phrase phrase = Phrase.of("wiki.log.protected", "Side \"1\" – æøå", 42, Phrase.of("wiki.protection.staff"));

        String stored = converter.convertToDatabaseColumn(phrase);

        assertThat(stored).startsWith("{\"k\":\"wiki.log.protected\"");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(phrase);
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void nestedPhrasesAreTranslatedFirst() {
        Phrase phrase = Phrase.of("outer", Phrase.of("inner", 3), "tekst");

        String words = phrase.render((key, arguments) -> key + java.util.Arrays.toString(arguments));

        assertThat(words).isEqualTo("outer[inner[3], tekst]");
    }

    /** A moment something ends is stored as such and said in the translator's language, in Danish time. */
    @Test
    void anEndTimeSurvivesTheDatabaseAndIsSaidInTheReadersLanguage() {
        java.time.Instant end = java.time.Instant.parse("2026-12-14T23:00:00Z");   // midnight in Danish time
        Phrase phrase = Phrase.of("ideastorm.notice.voting-closes-at", Phrase.endTime(end));

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(phrase))).isEqualTo(phrase);
        Texts texts = new Texts();
        assertThat(texts.get(PortalLocales.DANISH, phrase))
                .isEqualTo("Afstemningen slutter mandag 14. december kl. 24.00 (dansk tid).");
        assertThat(texts.get(Locale.ENGLISH, phrase)).isEqualTo("Voting ends Monday 14 December at 24:00 (Danish time).");
    }

    @Test
    void numbersAreStoredAsNumbersAndEnumsByName() {
        assertThat(Phrase.of("k", 5, Locale.Category.DISPLAY).arguments()).containsExactly(5L, "DISPLAY");
    }

    @Test
    void aSubjectNamesItsModule() {
        assertThat(new Subject("wiki.page", 3).module()).isEqualTo("wiki");
        assertThatThrownBy(() -> new Subject("Wiki Page", 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
