package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.web.PageFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How wiki links become Markdown links before rendering (no Spring, no database). */
class WikiLinksTest {

    private static final Predicate<String> ALL_EXIST = title -> true;
    private static final Predicate<String> NONE_EXIST = title -> false;

    /** What search engines and link previews quote: the text, without the category markers listed under it. */
    @Test
    void aPagesOpeningIsItsTextWithoutMarkupOrCategoryMarkersAndLongEnoughForADescription() {
        assertThat(WikiLinks.opening("[[Kategori:Metoder]] [[kategori:Evidens]]\n\nSyv [[De syv principper|principper]]"
                + " for **innovation**.")).isEqualTo("Syv principper for innovation.");
        String opening = WikiLinks.opening("Ord ".repeat(500));
        assertThat(opening).hasSize(WikiLinks.OPENING_LENGTH);
        assertThat(PageFrames.description(opening)).endsWith("…").hasSizeLessThanOrEqualTo(PageFrames.DESCRIPTION_LENGTH);
    }

    @Test
    void aLinkToAnExistingPageLeadsToItAndAMissingOneToItsEditor() {
        Set<String> existing = Set.of("Findes");

        assertThat(WikiLinks.toMarkdown("Se [[Findes]] og [[Mangler]].", existing::contains))
                .isEqualTo("Se [Findes](</wiki/Findes>) og [Mangler](</wiki/Mangler/rediger>).");
    }

    @Test
    void theExistenceOfEachLinkIsAskedByItsNormalisedTitle() {
        List<String> asked = new ArrayList<>();
        WikiLinks.toMarkdown("[[ De  syv principper |x]] [[Cafe\u0301]] [[:Kategori:Metoder]]", title -> asked.add(title));

        assertThat(asked).containsExactly("De syv principper", "Café", "Kategori:Metoder");
    }

    @Test
    void theLabelIsShownAsTextWithMarkdownEscaped() {
        assertThat(WikiLinks.toMarkdown("[[Side| en *fed* _kursiv_ (y) {z} a+b-c. `kode` <b> # ! |streg ]]", ALL_EXIST))
                .isEqualTo("[en \\*fed\\* \\_kursiv\\_ \\(y\\) \\{z\\} a\\+b\\-c\\. \\`kode\\` \\<b\\> \\# \\! \\|streg](</wiki/Side>)");
        assertThat(WikiLinks.toMarkdown("[[Side|a\\b]]", ALL_EXIST)).isEqualTo("[a\\\\b](</wiki/Side>)");
    }

    @Test
    void aBlankLabelShowsTheTitleSoTheLinkCanBeSeen() {
        assertThat(WikiLinks.toMarkdown("[[Side|   ]]", ALL_EXIST)).isEqualTo("[Side](</wiki/Side>)");
    }

    @Test
    void theTitleIsTheTextWhenThereIsNoLabelAndTheAddressIsEncoded() {
        assertThat(WikiLinks.toMarkdown("[[Hvad er innovation?]]", NONE_EXIST))
                .isEqualTo("[Hvad er innovation?](</wiki/Hvad_er_innovation%3F/rediger>)");
        assertThat(WikiLinks.toMarkdown("[[Metode (KLK]]", ALL_EXIST))
                .as("a lone parenthesis stays inside the angle brackets").isEqualTo("[Metode \\(KLK](</wiki/Metode_(KLK>)");
        assertThat(WikiLinks.toMarkdown("[[Æble 😀]]", ALL_EXIST))
                .isEqualTo("[Æble 😀](</wiki/%C3%86ble_%F0%9F%98%80>)");
    }

    @Test
    void categoryMarkersLeaveTheTextAndCategoryLinksStay() {
        assertThat(WikiLinks.toMarkdown("Tekst [[Kategori:Metoder]][[kategori:X|nøgle]] slut", ALL_EXIST))
                .isEqualTo("Tekst  slut");
        assertThat(WikiLinks.toMarkdown("[[:Kategori:Metoder|alle metoder]]", ALL_EXIST))
                .isEqualTo("[alle metoder](</wiki/Kategori:Metoder>)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[a/b]]", "[[Kategori:]]", "[[?!]]", "[[x<y>]]", "[[X|]]", "[[]]", "[[ ]]"})
    void whatIsNoValidLinkStaysAsWritten(String text) {
        assertThat(WikiLinks.toMarkdown("før " + text + " efter", ALL_EXIST)).isEqualTo("før " + text + " efter");
    }

    @Test
    void theSameLinkTwiceBecomesTwoLinks() {
        assertThat(WikiLinks.toMarkdown("[[A]] [[A|igen]]", ALL_EXIST))
                .isEqualTo("[A](</wiki/A>) [igen](</wiki/A>)");
    }

    @Test
    void linksAfterTheFirstThousandStayAsWritten() {
        String text = "[[A]] ".repeat(PageStructure.MAX_LINKS) + "[[Sidste]]";

        String markdown = WikiLinks.toMarkdown(text, ALL_EXIST);

        assertThat(markdown).startsWith("[A](</wiki/A>) ").endsWith(" [[Sidste]]");
        assertThat(markdown.split("\\(</wiki/A>\\)", -1)).hasSize(PageStructure.MAX_LINKS + 1);
    }

    @Test
    void textAroundLinksIsKeptAsItIs() {
        assertThat(WikiLinks.toMarkdown("", ALL_EXIST)).isEmpty();
        assertThat(WikiLinks.toMarkdown("Ingen *links* her [x](y)\n\n", ALL_EXIST)).isEqualTo("Ingen *links* her [x](y)\n\n");
        assertThat(WikiLinks.toMarkdown("[[A]][[B]]", ALL_EXIST)).isEqualTo("[A](</wiki/A>)[B](</wiki/B>)");
    }
}
