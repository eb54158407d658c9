package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a page's text links to, which categories it is in and where it redirects (no Spring, no database). */
class PageStructureTest {

    @Test
    void aTextWithoutLinksHasNoStructure() {
        PageStructure structure = PageStructure.of("Bare tekst med [enkelt] klamme og [link](https://example.org).");

        assertThat(structure.links()).isEmpty();
        assertThat(structure.categories()).isEmpty();
        assertThat(structure.redirectTarget()).isEmpty();
        assertThat(PageStructure.of("").links()).isEmpty();
    }

    @Test
    void linksAreNormalisedTitlesInTheOrderTheyFirstAppearAndTheirLabelsAreIgnored() {
        PageStructure structure = PageStructure.of(
                "[[  De   syv\u00a0principper ]] [[Cafe\u0301|kaffe]] [[Hvad er innovation?|spørg | svar]] [[De syv principper]]");

        assertThat(structure.links()).containsExactly("De syv principper", "Café", "Hvad er innovation?");
    }

    @Test
    void theSameTitleInAnotherCaseOrWithoutAccentsIsOneLinkAsTheDatabaseSeesIt() {
        // wiki_link's key uses utf8mb4_danish_ci, which ignores case and accents: two such rows for one page
        // would be a duplicate key and the save would fail.
        PageStructure structure = PageStructure.of(
                "[[Metode]] og [[metode|metoden]] og [[METODE]], [[Café]] og [[Cafe]], [[Æble]] og [[æble]]"
                        + " [[Kategori:Metoder]] [[kategori:metoder]] [[Kategori:METODER]]");

        assertThat(structure.links()).as("the first spelling is kept").containsExactly("Metode", "Café", "Æble");
        assertThat(structure.categories()).containsExactly("Metoder");
    }

    @Test
    void titlesTheDatabaseTellsApartStayApart() {
        assertThat(PageStructure.of("[[Bro]] [[Brø]] [[Bræ]] [[Metode]] [[Metoder]]").links())
                .containsExactly("Bro", "Brø", "Bræ", "Metode", "Metoder");
    }

    @Test
    void categoryMarkersPutThePageInACategoryAndAColonMakesThemOrdinaryLinks() {
        PageStructure structure = PageStructure.of("""
                [[Kategori:Metoder]] [[kategori: Grundbegreber ]] [[Kategori:Metoder|sorteringsnøgle]]
                [[:Kategori:Værktøjer]] [[: Side ]]
                """);

        assertThat(structure.categories()).containsExactly("Metoder", "Grundbegreber");
        assertThat(structure.links()).containsExactly("Kategori:Værktøjer", "Side");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[Kategori:]]", "[[Kategori:   ]]", "[[Kategori:a/b]]", "[[:]]", "[[ ]]", "[[a/b]]",
            "[[a_b]]", "[[?!]]", "[[ok\u202Etxt]]", "[[a{b}]]", "[[x;y]]", "[[50%]]", "[[#Afsnit]]"})
    void invalidTitlesAreNeitherLinksNorCategories(String text) {
        PageStructure structure = PageStructure.of("Før " + text + " efter");

        assertThat(structure.links()).isEmpty();
        assertThat(structure.categories()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[X|]]", "[[X\n]]", "[[X|a\nb]]", "[[]]", "[[X]", "[X]]", "[ [X]]", "[[X] ]"})
    void whatIsNotLinkSyntaxStaysText(String text) {
        assertThat(PageStructure.of(text).links()).isEmpty();
    }

    @Test
    void aTargetOfMoreThan255CharactersIsNoLink() {
        assertThat(PageStructure.of("[[" + "a".repeat(255) + "]]").links()).containsExactly("a".repeat(255));
        assertThat(PageStructure.of("[[" + "a".repeat(256) + "]]").links()).isEmpty();
    }

    @Test
    void theInnermostBracketsMakeTheLink() {
        assertThat(PageStructure.of("[[[Side]]] og [[Ydre [[Indre]] ]]").links()).containsExactly("Side", "Indre");
    }

    @Test
    void linksInCodeAreFoundToo() {
        // The structure is read from the wiki text, not from rendered Markdown: code is not set apart.
        assertThat(PageStructure.of("```\n[[I kodeblok]]\n```\nog `[[I kode]]`").links())
                .containsExactly("I kodeblok", "I kode");
    }

    @Test
    void onlyTheFirstThousandLinksCountAndInvalidOnesUseUpTheAllowanceToo() {
        String many = IntStream.range(0, PageStructure.MAX_LINKS + 5).mapToObj(i -> "[[S" + i + "]]")
                .collect(Collectors.joining(" "));
        assertThat(PageStructure.of(many).links()).hasSize(PageStructure.MAX_LINKS)
                .contains("S0", "S999").doesNotContain("S1000");

        String invalidFirst = "[[a/b]] ".repeat(PageStructure.MAX_LINKS) + "[[Sent]]";
        assertThat(PageStructure.links(invalidFirst)).hasSize(PageStructure.MAX_LINKS);
        assertThat(PageStructure.of(invalidFirst).links()).isEmpty();
    }

    @Test
    void aRedirectIsTheFirstThingInTheTextInEitherLanguageAndAnyCase() {
        assertThat(PageStructure.of("#OMDIRIGER [[Ny titel]]").redirectTarget()).contains("Ny titel");
        assertThat(PageStructure.of("\n  #redirect[[ ny   titel ]]\nTekst").redirectTarget()).contains("ny titel");
        assertThat(PageStructure.of("#Omdiriger    [[Æ]]").redirectTarget()).contains("Æ");
        assertThat(PageStructure.of("#REDIRECT [[Hvad er innovation?]] [[Andet]]").redirectTarget())
                .contains("Hvad er innovation?");
    }

    @Test
    void theRedirectTargetIsAlsoALink() {
        assertThat(PageStructure.of("#OMDIRIGER [[Ny titel]]").links()).containsExactly("Ny titel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tekst\n#OMDIRIGER [[X]]", "OMDIRIGER [[X]]", "# OMDIRIGER [[X]]", "#OMDIRIGERE [[X]]",
            "#OMDIRIGER [[X|etiket]]", "#OMDIRIGER [[a/b]]", "#OMDIRIGER [[ ]]", "#OMDIRIGER\n[[X\n]]", "#OMDIRIGER X"})
    void otherwiseThereIsNoRedirect(String text) {
        assertThat(PageStructure.of(text).redirectTarget()).isEmpty();
    }

    @Test
    void aRedirectToACategoryPageWithTheLeadingColonGoesToThatPage() {
        assertThat(PageStructure.of("#OMDIRIGER [[:Kategori:Metoder]]").redirectTarget()).contains("Kategori:Metoder");
        assertThat(PageStructure.of("#OMDIRIGER [[Kategori:Metoder]]").redirectTarget()).contains("Kategori:Metoder");
    }
}
