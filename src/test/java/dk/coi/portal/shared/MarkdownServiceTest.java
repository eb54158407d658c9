package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.internal.markdown.HtmlAllowList;
import dk.coi.portal.support.XssCorpus;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownServiceTest {

    private static final Pattern SAFE_URL = Pattern.compile("(?is)(https?:|mailto:).*|[^:]*");
    private static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "iframe", "object", "embed", "style",
            "svg", "math", "form", "input", "button", "meta", "base", "link", "body", "details", "div");

    private final MarkdownService markdown = new MarkdownService(1_000_000);

    static Stream<String> attacks() {
        return XssCorpus.bodies().stream();
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void noScriptEventHandlerOrUnsafeUrlSurvives(String attack) {
        String html = markdown.render(attack).html();
        Element body = Jsoup.parseBodyFragment(html).body();

        for (Element element : body.children().select("*")) {
            assertThat(FORBIDDEN_ELEMENTS).as("element <%s> in %s", element.tagName(), html)
                    .doesNotContain(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(attribute.getValue().strip()).as("URL in %s", html).matches(SAFE_URL);
                }
            }
        }
    }

    @Test
    void ordinaryMarkdownKeepsItsStructure() {
        String html = markdown.render("""
                # Syv principper

                Offentlig **innovation** er at gøre *noget nyt*, der skaber værdi.

                - Brugerne i centrum
                - Medarbejderne som drivkraft

                | Fase | Indhold |
                |:-----|--------:|
                | 1 | Opdag |

                [KLK](https://www.kl.dk/klk) og `kode`.
                """).html();

        assertThat(html).contains("<h1 id=\"afsnit-Syv_principper\">Syv principper</h1>", "<strong>innovation</strong>", "<em>noget nyt</em>",
                "<li>Brugerne i centrum</li>", "<table tabindex=\"0\">", "<th align=\"left\">Fase</th>", "<td align=\"left\">1</td>", "<td align=\"right\">Opdag</td>",
                "<code>kode</code>");
        assertThat(html).contains("href=\"https://www.kl.dk/klk\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    /** Search engines follow the portal's own links; links elsewhere, and look-alikes of them, stay nofollow. */
    @Test
    void linksWithinThePortalAreFollowedAndOthersAreNot() {
        assertThat(markdown.render("[side](</wiki/Side>) [titel](/wiki/Side \"Titel\")").html())
                .contains("<a href=\"/wiki/Side\">side</a>", "<a href=\"/wiki/Side\" title=\"Titel\">titel</a>")
                .doesNotContain("nofollow");
        for (String elsewhere : new String[] {"//evil.example/x", "/\\evil.example/x", "https://evil.example/"}) {
            assertThat(markdown.render("[x](<" + elsewhere + ">)").html()).as(elsewhere)
                    .contains("rel=\"nofollow noopener noreferrer\"");
        }
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(markdown.render("Skriv <b>fed</b> her").html()).contains("&lt;b&gt;fed&lt;/b&gt;");
    }

    @Test
    void imagesFromOtherSitesBecomeLinksSoReadersContactNoOtherSite() {
        String html = markdown.render("![Kort over kommunen](https://example.org/kort.png) og ![](//example.org/x.png)"
                + " og ![lokalt](/billeder/y.png)").html();

        assertThat(html).contains("<a href=\"https://example.org/kort.png\"", ">Kort over kommunen</a>",
                ">//example.org/x.png</a>", "<img src=\"/billeder/y.png\" alt=\"lokalt\"");
        assertThat(html).doesNotContain("<img src=\"https:", "<img src=\"//");
    }

    /** MediaWiki's section ids: the heading's words, numbered when repeated, under a prefix of the content's own. */
    @Test
    void headingsGetStableIdsUniqueWithinTheTextAndPrefixedApartFromThePortalsOwn() {
        String html = markdown.render("""
                ## Mål og *resultater*

                ## Mål og resultater

                ### `kode` & "citat" <b>?

                ## header-search
                """).html();

        assertThat(html).contains("<h2 id=\"afsnit-Mål_og_resultater\">Mål og <em>resultater</em></h2>")
                .contains("<h2 id=\"afsnit-Mål_og_resultater_2\">")
                .contains("<h3 id=\"afsnit-kode_citat\">")
                .as("a heading never takes an id the portal's page uses").contains("<h2 id=\"afsnit-header-search\">");
        assertThat(markdown.render("## !!!").html()).contains("<h2 id=\"afsnit-1\">");
    }

    /** Only the renderer's heading ids pass the sanitiser: no other id, none on another element, none unprefixed. */
    @Test
    void theSanitiserLetsOnlyHeadingIdsThrough() {
        assertThat(HtmlAllowList.sanitize("<h2 id=\"afsnit-Mål\">x</h2>")).isEqualTo("<h2 id=\"afsnit-Mål\">x</h2>");
        assertThat(HtmlAllowList.sanitize("<h2 id=\"header-search\">x</h2><p id=\"afsnit-x\">y</p>"
                + "<h3 id=\"afsnit-a b\">z</h3>")).doesNotContain("id=");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(markdown.render(null).html()).isEmpty();
        assertThat(markdown.render("").html()).isEmpty();
    }
}
