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
