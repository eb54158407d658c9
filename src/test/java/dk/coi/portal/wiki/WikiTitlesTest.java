package dk.coi.portal.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Titles as people type them, the rules a title must meet, and titles in addresses (no Spring, no database). */
class WikiTitlesTest {

    @Test
    void normalisingComposesCollapsesEveryKindOfSpaceAndTrims() {
        assertThat(WikiTitles.normalize("\u00a0 Cafe\u0301  i\u2003\u2003byen\t\n")).isEqualTo("Caf\u00e9 i byen");
        assertThat(WikiTitles.normalize("A\u030a")).isEqualTo("\u00c5").hasSize(1);
        assertThat(WikiTitles.normalize("Ærø")).isEqualTo("Ærø");
        assertThat(WikiTitles.normalize(null)).isEmpty();
        assertThat(WikiTitles.normalize(" \t ")).isEmpty();
    }

    @Test
    void normalisingKeepsCaseAndUnderscoresForTheDatabaseAndTheRulesToJudge() {
        // Unlike MediaWiki the first letter is not capitalised: the database's case-insensitive collation makes
        // "syv principper" and "Syv principper" the same page, and the spelling people chose is kept.
        assertThat(WikiTitles.normalize("syv principper")).isEqualTo("syv principper");
        // An underscore is only a space in an address; typed into a title it stays, and is refused.
        assertThat(WikiTitles.normalize("a_b")).isEqualTo("a_b");
        assertThat(WikiTitles.problem(WikiTitles.normalize("a_b"))).contains("wiki.title.forbidden-characters");
    }

    @Test
    void aTitleMayHoldUpTo255Characters() {
        assertThat(WikiTitles.problem("")).contains("wiki.title.required");
        assertThat(WikiTitles.problem("a")).isEmpty();
        assertThat(WikiTitles.problem("æ".repeat(WikiTitles.MAX_LENGTH))).isEmpty();
        assertThat(WikiTitles.problem("æ".repeat(WikiTitles.MAX_LENGTH + 1))).contains("wiki.title.too-long");
        // Counted in UTF-16 units, so an emoji takes two.
        assertThat(WikiTitles.problem("😀".repeat(127) + "a")).isEmpty();
        assertThat(WikiTitles.problem("😀".repeat(128))).contains("wiki.title.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "#", "<", ">", "[", "]", "{", "}", "|", "_", ";", "\\", "%"})
    void linkSyntaxAndWhatAnAddressSegmentCannotCarryAreForbidden(String character) {
        assertThat(WikiTitles.problem("Side " + character + " x")).contains("wiki.title.forbidden-characters");
        assertThat(WikiTitles.problem(character + "Side")).contains("wiki.title.forbidden-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hvad er innovation?", "KLK's fire faser", "Metode (KLK)", "Æbler & pærer",
            "50 + 1", "a=b, c*d", "Ord: \"citat\"", "Kategori:Metoder", "Ça va! Ελληνικά 日本語", "½", "x@y.dk",
            "Smil 😀", "a~b^c`d$e'f!g."})
    void ordinaryPunctuationEmojiAndAnyScriptAreFine(String title) {
        assertThat(WikiTitles.problem(title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"?!", "...", "-", "😀", "😀 🎉", "« »", "\uFFFD", ":"})
    void aTitleNeedsALetterOrADigit(String title) {
        assertThat(WikiTitles.problem(title)).contains("wiki.title.only-punctuation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok\u202Etxt.exe", "Side\u200Bx", "Side\uFEFF", "Side\u00ADx", "Side\u2066x", "Side\uE000",
            "Side\u3164x", "Side \u2800", "Za\u0301\u0302\u0303\u0304\u0305lgo", "Side\u2060x"})
    void hiddenCharactersAndZalgoAreRefused(String title) {
        assertThat(WikiTitles.problem(title)).contains("input.invisible-characters");
    }

    @Test
    void fourCombiningMarksOnOneLetterAreStillALanguage() {
        assertThat(WikiTitles.problem("Za\u0301\u0302\u0303\u0304lgo")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\u2028b", "a\u2029b"})
    void controlCharactersAndLineBreaksAreRefused(String title) {
        assertThat(WikiTitles.problem(title)).contains("input.control-characters");
    }

    @Test
    void brokenCharactersAreRefused() {
        assertThat(WikiTitles.problem("halv \uD83D emoji")).contains("input.broken-characters");
    }

    @Test
    void theFirstProblemFoundIsTheOneReported() {
        assertThat(WikiTitles.problem("/".repeat(256))).as("length before characters").contains("wiki.title.too-long");
        assertThat(WikiTitles.problem("a\u202E/b")).as("hidden before forbidden").contains("input.invisible-characters");
        assertThat(WikiTitles.problem("?/")).as("forbidden before punctuation").contains("wiki.title.forbidden-characters");
    }

    static Stream<Arguments> titlesAndTheirPaths() {
        return Stream.of(
                Arguments.of("Syv principper", "wiki/Syv_principper"),
                Arguments.of("Hvad er innovation?", "wiki/Hvad_er_innovation%3F"),
                Arguments.of("Æblegrød på ø", "wiki/%C3%86blegr%C3%B8d_p%C3%A5_%C3%B8"),
                Arguments.of("Smil 😀", "wiki/Smil_%F0%9F%98%80"),
                Arguments.of("Café", "wiki/Caf%C3%A9"),
                Arguments.of("Ord: \"citat\"", "wiki/Ord:_%22citat%22"),
                Arguments.of("x^y`z", "wiki/x%5Ey%60z"),
                Arguments.of("Metode (KLK)", "wiki/Metode_(KLK)"),
                Arguments.of("a&b+c=d,e*f!g$h'i@j:k~l.m-n", "wiki/a&b+c=d,e*f!g$h'i@j:k~l.m-n"));
    }

    @ParameterizedTest
    @MethodSource("titlesAndTheirPaths")
    void aTitleIsCarriedInItsAddressWithSpacesAsUnderscoresAndEverythingElseSafeEncoded(String title, String path) {
        assertThat(WikiTitles.path(title)).isEqualTo(path);
        assertThat(WikiTitles.fromPathSegment(path.substring("wiki/".length()))).isEqualTo(title);
    }

    @Test
    void charactersThatWouldBreakAPathAreEncodedShouldTheyEverReachIt() {
        // Forbidden in titles, but path() must not let them end or split the path.
        assertThat(WikiTitles.path("a?b#c%d/e;f\\g")).isEqualTo("wiki/a%3Fb%23c%25d%2Fe;f%5Cg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hvad er innovation?", "Æ Ø Å æ ø å", "Smil 😀 og 👩\u200D👩\u200D👧", "Café", "Metode (KLK)",
            "Ord: \"citat\" & 'andet'", "50+50=100", "Kategori:Metoder", "x@y.dk ~ ^ `", "日本語 Ελληνικά"})
    void everyTitleComesBackFromItsAddress(String title) {
        String segment = WikiTitles.path(title).substring("wiki/".length());
        assertThat(segment).doesNotContain(" ", "?", "#", "/");
        assertThat(WikiTitles.fromPathSegment(segment)).isEqualTo(WikiTitles.normalize(title));
    }

    @Test
    void anAddressSegmentIsReadBackWhetherOrNotItsEscapesWereDecoded() {
        assertThat(WikiTitles.fromPathSegment("Hvad_er_innovation?")).isEqualTo("Hvad er innovation?");
        assertThat(WikiTitles.fromPathSegment("%c3%a6bler_%C3%B8")).isEqualTo("æbler ø");
        assertThat(WikiTitles.fromPathSegment("__De__syv_")).isEqualTo("De syv");
        assertThat(WikiTitles.fromPathSegment("Cafe%CC%81")).isEqualTo("Café");
        assertThat(WikiTitles.fromPathSegment("100%2")).as("no escape: left as it is").isEqualTo("100%2");
        assertThat(WikiTitles.fromPathSegment("a%FFb")).as("not UTF-8").isEqualTo("a\uFFFDb");
        assertThat(WikiTitles.fromPathSegment("")).isEmpty();
    }

    @Test
    void categoryPagesAreRecognisedInAnyCase() {
        assertThat(WikiTitles.categoryPage("Metoder")).isEqualTo("Kategori:Metoder");
        assertThat(WikiTitles.isCategory("Kategori:Metoder")).isTrue();
        assertThat(WikiTitles.isCategory("KATEGORI:metoder")).isTrue();
        assertThat(WikiTitles.isCategory("Kategori")).isFalse();
        assertThat(WikiTitles.isCategory("Kategorier: Metoder")).isFalse();
        assertThat(WikiTitles.isCategory("Om Kategori:Metoder")).isFalse();
        assertThat(WikiTitles.isCategory("")).isFalse();
    }
}
