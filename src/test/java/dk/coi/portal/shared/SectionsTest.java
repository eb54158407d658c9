package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rendered text's headings: each with a "§" link to itself, and listed for a table of contents. */
class SectionsTest {

    private final MarkdownService markdown = new MarkdownService(1_000_000);

    @Test
    void eachHeadingEndsInANamedLinkToItsOwnSectionOnThePage() {
        Sections sections = Sections.of(markdown.render("""
                ## Mål & *midler*

                Tekst.

                ### Mål & midler
                """), "/wiki/Syv_principper");

        assertThat(sections.html().html())
                .contains("<div class=\"portal-heading\"><h2 id=\"afsnit-Mål_midler\">Mål &amp; <em>midler</em></h2>"
                        + "<a class=\"portal-section-link\" href=\"/wiki/Syv_principper#afsnit-Mål_midler\" "
                        + "aria-labelledby=\"section-link-label afsnit-Mål_midler\">§</a></div>")
                .contains("href=\"/wiki/Syv_principper#afsnit-Mål_midler_2\"");
        assertThat(sections.headings()).containsExactly(
                new Sections.Heading(2, "Mål & midler", "/wiki/Syv_principper#afsnit-Mål_midler"),
                new Sections.Heading(3, "Mål & midler", "/wiki/Syv_principper#afsnit-Mål_midler_2"));
        assertThat(sections.hasContents()).as("two headings are no table of contents yet").isFalse();
    }

    @Test
    void threeHeadingsMakeATableOfContents() {
        assertThat(Sections.of(markdown.render("# A\n\n## B\n\n## C\n"), "/wiki/X").hasContents()).isTrue();
    }

    @Test
    void aTextWithoutHeadingsStaysAsItIs() {
        SafeHtml html = markdown.render("Bare *tekst*.");

        Sections sections = Sections.of(html, "/wiki/X");

        assertThat(sections.html()).isSameAs(html);
        assertThat(sections.headings()).isEmpty();
    }

    @Test
    void aPagePathIsEscapedInTheLink() {
        assertThat(Sections.of(markdown.render("## A"), "/wiki/\"x\"").html().html())
                .contains("href=\"/wiki/&quot;x&quot;#afsnit-A\"");
    }

    @Test
    void textsShownManyToAPageLoseTheirHeadingIds() {
        SafeHtml comment = markdown.render("## Forslag\n\nTekst");
        assertThat(comment.html()).contains("<h2 id=\"afsnit-Forslag\">");

        assertThat(Sections.withoutHeadingIds(comment).html()).contains("<h2>Forslag</h2>").doesNotContain("afsnit-");
    }
}
