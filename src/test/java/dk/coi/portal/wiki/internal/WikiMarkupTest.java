package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.wiki.WikiTitles;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wiki's pure rules: titles and their addresses, what a text links to, and how links become Markdown. */
class WikiMarkupTest {

    @Test
    void titlesAreNormalisedAndCheckedAndCarriedInAddresses() {
        assertThat(WikiTitles.normalize("  De   syv\tprincipper ")).isEqualTo("De syv principper");
        assertThat(WikiTitles.problem("")).contains("wiki.title.required");
        assertThat(WikiTitles.problem("a".repeat(256))).contains("wiki.title.too-long");
        assertThat(WikiTitles.problem("a/b")).contains("wiki.title.forbidden-characters");
        assertThat(WikiTitles.problem("?!")).contains("wiki.title.only-punctuation");
        assertThat(WikiTitles.problem("Hvad er offentlig innovation?")).isEmpty();
        assertThat(WikiTitles.path("Hvad er innovation?")).isEqualTo("wiki/Hvad_er_innovation%3F");
        assertThat(WikiTitles.fromPathSegment("Hvad_er_innovation%3F")).isEqualTo("Hvad er innovation?");
        assertThat(WikiTitles.isCategory("kategori:Metoder")).isTrue();
    }

    @Test
    void lookAlikeTitlesAreTheTitleTheyLookLikeOrRefused() {
        assertThat(WikiTitles.normalize("De syv\u00a0principper")).isEqualTo("De syv principper");
        assertThat(WikiTitles.normalize("De\u2000syv\u3000principper")).isEqualTo("De syv principper");
        assertThat(WikiTitles.normalize("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(WikiTitles.problem(WikiTitles.normalize("Side\u037E x"))).as("Greek question mark is ';'")
                .contains("wiki.title.forbidden-characters");
        assertThat(WikiTitles.problem("Side\u3164x")).contains("input.invisible-characters");
        assertThat(WikiTitles.problem("Side \u2800")).contains("input.invisible-characters");
        assertThat(WikiTitles.problem("Za\u0301\u0302\u0303\u0304\u0305lgo")).contains("input.invisible-characters");
        assertThat(WikiTitles.problem("Ærø å\u0301")).isEmpty();
    }

    @Test
    void aTextsLinksCategoriesAndRedirectAreFound() {
        PageStructure structure = PageStructure.of("""
                Se [[De syv principper]] og [[KLK's fire faser|faserne]] samt [[:Kategori:Metoder]].
                [[Kategori:Grundbegreber]] [[ugyldig/titel]]
                """);
        assertThat(structure.links()).containsExactly("De syv principper", "KLK's fire faser", "Kategori:Metoder");
        assertThat(structure.categories()).containsExactly("Grundbegreber");
        assertThat(structure.redirectTarget()).isEmpty();
        assertThat(PageStructure.of("#OMDIRIGER [[Ny titel]]").redirectTarget()).isEqualTo(Optional.of("Ny titel"));
    }

    @Test
    void linksBecomeMarkdownLinksRedWhenTheTargetIsMissingAndCategoriesLeaveTheText() {
        Set<String> existing = Set.of("Findes");
        String markdown = WikiLinks.toMarkdown("[[Findes]], [[Mangler|en *side*]] [[Kategori:X]]", existing::contains);

        assertThat(markdown).contains("](</wiki/Findes>)").contains("](</wiki/Mangler/rediger>)")
                .contains("en \\*side\\*").doesNotContain("Kategori");
    }
}
