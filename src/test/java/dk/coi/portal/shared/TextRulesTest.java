package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @Test
    void ordinaryTextInAnyScriptWithEmojiIsFine() {
        String text = "Åse Øberg-Ærø: «Ça va?» Ελληνικά 日本語 עברית 😀 e\u0301 50 % & ; \\";
        assertThat(TextRules.lineProblem(text)).isEmpty();
        assertThat(TextRules.textProblem(text + "\n\tnæste linje")).isEmpty();
        assertThat(TextRules.cleanLine(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00", "halv \uD83D emoji", "omvendt \uDE00\uD83D par", "slut \uDBFF"})
    void aLoneSurrogateIsABrokenCharacterEverywhere(String text) {
        assertThat(TextRules.lineProblem(text)).contains("input.broken-characters");
        assertThat(TextRules.textProblem(text)).contains("input.broken-characters");
        assertThat(TextRules.cleanLine(text)).doesNotContainPattern("[\\uD800-\\uDFFF]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B", "\r"})
    void controlCharactersAreRefusedEverywhere(String control) {
        assertThat(TextRules.lineProblem("a" + control + "b")).contains("input.control-characters");
        assertThat(TextRules.textProblem("a" + control + "b")).contains("input.control-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\t", "\u2028", "\u2029"})
    void lineBreaksAndTabsBelongInTextsNotInLines(String breakOrTab) {
        assertThat(TextRules.lineProblem("a" + breakOrTab + "b")).contains("input.control-characters");
        assertThat(TextRules.textProblem("a" + breakOrTab + "b")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\uFEFF", "\u061C", "\u00AD", "\uE000",
            "\uDB80\uDC00", "\u0378", "\uFFFF"})
    void invisibleCharactersThatDisguiseALineAreRefusedThereAndStrippedFromClaimedNames(String hidden) {
        String disguised = "ok " + hidden + "txt.exe";
        assertThat(TextRules.lineProblem(disguised)).contains("input.invisible-characters");
        assertThat(TextRules.cleanLine(disguised)).isEqualTo("ok txt.exe");
    }

    @Test
    void aPageOrCommentKeepsTheJoinersOfEmojiSequences() {
        String family = "👩\u200D👩\u200D👧 og 🏳\uFE0F\u200D🌈";
        assertThat(TextRules.textProblem(family)).isEmpty();
        assertThat(TextRules.lineProblem(family)).contains("input.invisible-characters");
    }

    @Test
    void cleaningRemovesControlCharactersAndLineBreaksFromALine() {
        assertThat(TextRules.cleanLine("Anne\u0000 \u202EMarie \u2028Hansen\uD800")).isEqualTo("Anne Marie Hansen");
    }
}
