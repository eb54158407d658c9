package dk.coi.portal.search.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shell.internal.NewsItem;
import dk.coi.portal.shell.internal.NewsItemRepository;
import dk.coi.portal.support.PortalTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search results as a reader who is not signed in gets them: plain HTTP, a page of results at a time. */
@PortalTest
class SearchPagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    NewsItemRepository news;

    /** News made by a test, removed afterwards so the front page's newest news stay the demo news. */
    private final List<NewsItem> created = new ArrayList<>();

    @AfterEach
    void clear() {
        news.deleteAll(created);
    }

    @Test
    void resultsAreInTheFirstResponseWithTheMatchedWordsHighlighted() throws Exception {
        String html = readablePage(port, "/sog?q=innovationer");

        assertThat(html).contains("<title>Søgning: innovationer | Innovationsportalen</title>", "<h1>Søg</h1>")
                .contains("<meta name=\"description\" content=\"")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "sog?q=innovationer\">")
                .contains("id=\"search-query\"", "value=\"innovationer\"", "<label for=\"search-query\">Søg efter</label>")
                .containsPattern("<p id=\"search-summary\" role=\"status\">\\d+ resultater? for \"innovationer\".</p>")
                .contains("<div id=\"search-results\">", "class=\"portal-card portal-search-hit\"", "<mark>")
                .contains("<span class=\"portal-tag\">Nyhed</span>", "<a href=\"/nyheder/")
                .contains("id=\"nav-sog\" href=\"/sog\" aria-current=\"page\"")
                .as("results are not for search engines").contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void anEmptySearchShowsTheFormAndNothingFoundSaysSo() throws Exception {
        assertThat(readablePage(port, "/sog")).contains("<title>Søg | Innovationsportalen</title>")
                .doesNotContain("noindex")
                .contains("id=\"search-query\"").doesNotContain("portal-search-hit")
                .contains("<p id=\"search-summary\" role=\"status\"></p>");
        assertThat(readablePage(port, "/sog?q=zzqxyzzy")).contains("role=\"status\">Ingen resultater for \"zzqxyzzy\".</p>");
    }

    @Test
    void whatWasSearchedForIsShownAsTextNeverAsMarkup() throws Exception {
        String query = "\"><script>alert(1)</script>";
        String html = get(port, "/sog?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();

        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(get(port, "/sog?q=%00kvasar%07").body()).doesNotContain("\u0000", "\u0007")
                .contains("Søgning: kvasar");
    }

    @Test
    void manyResultsArePagesLinkedToEachOther() throws Exception {
        IntStream.rangeClosed(1, 25).forEach(number -> created.add(news.save(new NewsItem(
                "Sidedelingsnyhed " + number, "Om kvasarfjer nummer " + number + ".", LocalDate.now()))));

        String first = readablePage(port, "/sog?q=kvasarfjer");
        assertThat(first).contains("role=\"status\">25 resultater for \"kvasarfjer\".</p>", "Side 1 af 2")
                .contains("id=\"search-next\" href=\"/sog?q=kvasarfjer&amp;side=2\" rel=\"next\"")
                .doesNotContain("search-previous");
        assertThat(first.split("portal-search-hit", -1)).hasSize(21);

        String second = readablePage(port, "/sog?q=kvasarfjer&side=2");
        assertThat(second).contains("Side 2 af 2", "id=\"search-previous\" href=\"/sog?q=kvasarfjer\" rel=\"prev\"")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "sog?q=kvasarfjer&amp;side=2\">")
                .doesNotContain("search-next");
        assertThat(second.split("portal-search-hit", -1)).hasSize(6);
        assertThat(get(port, "/sog?q=kvasarfjer&side=x").body()).contains("Side 1 af 2");
    }

    @Test
    void aPagePastTheLastIsNotFoundAndSaysSoWithALinkToTheLastPage() throws Exception {
        IntStream.rangeClosed(1, 25).forEach(number -> created.add(news.save(new NewsItem(
                "Sidstesidenyhed " + number, "Om plyndrefisk nummer " + number + ".", LocalDate.now()))));

        var past = get(port, "/sog?q=plyndrefisk&side=3");

        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(past.body()).contains("<title>Søgning: plyndrefisk | Innovationsportalen</title>")
                .contains("role=\"status\">Der er ikke flere resultater. Sidste side med resultater: 2.</p>")
                .contains("id=\"search-last\" href=\"/sog?q=plyndrefisk&amp;side=2\"")
                .contains("value=\"plyndrefisk\"").doesNotContain("portal-search-hit").doesNotContain("search-previous");
        assertThat(get(port, "/sog?q=plyndrefisk&side=999").statusCode()).isEqualTo(404);
        assertThat(get(port, "/sog?q=zzqxyzzy&side=2").statusCode()).as("nothing found has no second page")
                .isEqualTo(404);
    }

    @Test
    void theTitleSaysWhatWasSearchedForInTheReadersLanguage() throws Exception {
        assertThat(get(port, "/sog?q=innovationer", "Cookie", "portal-lang=en").body())
                .contains("<title>Search: innovationer | Innovation Portal</title>");
    }

    /** The data behind the reader's header suggestions: titles, addresses and kinds in the reader's language. */
    @Test
    void suggestionsForTheReadersHeaderSearchAreTitlesWithTheirAddressAndKind() throws Exception {
        var danish = get(port, "/sog/forslag?q=" + URLEncoder.encode("syv princ", StandardCharsets.UTF_8));
        var english = get(port, "/sog/forslag?q=" + URLEncoder.encode("syv princ", StandardCharsets.UTF_8),
                "Cookie", "portal-lang=en");

        assertThat(danish.statusCode()).isEqualTo(200);
        assertThat(danish.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(danish.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(danish.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Cookie");
        assertThat(danish.body()).contains("{\"title\":\"De syv principper\",\"path\":\"/wiki/De_syv_principper\","
                + "\"kind\":\"Wikiside\"}");
        assertThat(english.body()).contains("\"title\":\"De syv principper\"").doesNotContain("Wikiside");
        assertThat(get(port, "/sog/forslag?q=").body()).isEqualTo("[]");
    }
}
